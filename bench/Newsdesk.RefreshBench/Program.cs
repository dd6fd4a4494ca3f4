using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Newsdesk.RefreshBench;
using Newsdesk.Testing;

// Usage: dotnet run -c Release --project bench/Newsdesk.RefreshBench -- [--sources 5000] [--hosts 250]
//        [--entries 10] [--workers 16] [--per-host 2] [--min-delay-ms 1000] [--passes 2] [--processes 1]
//        --processes N runs N `newsdesk refresh` processes at once on the one store (they share the work by source leases).
//        --postgres ADMIN_CONNECTION_STRING puts the store in a new PostgreSQL database on that server (dropped at the end)
//        instead of a SQLite file.
var (options, problem) = Args.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(problem);
    return 2;
}

var inv = CultureInfo.InvariantCulture;
if (options.Dump is { } dump)
{
    // The generated items as `newsdesk cluster` input, with the event each reports as gold cluster.
    await using var output = File.CreateText(dump);
    var newest = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
    for (var i = options.Entries - 1; i >= 0; i--)
    {
        for (var n = 0; n < options.Sources; n++)
        {
            var (title, text) = FeedText.Item(n, i, options.Sources);
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = $"f{n}-s{i}",
                title,
                text,
                published = newest.AddHours(-3 * i).AddMinutes(n % 60),
                source = $"site{n}.example",
                cluster = FeedText.EventOf(n, i, options.Sources),
            }));
        }
    }

    return 0;
}

await using var generator = await LoadGenerator.StartAsync(options.Hosts, options.Entries, options.Sources);
var dataDir = Path.Combine(Path.GetTempPath(), "newsdesk-refresh-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(dataDir);
var env = new Dictionary<string, string>
{
    ["Newsdesk__Fetching__AllowPrivateNetworks"] = "true",
    ["Newsdesk__Fetching__MaxConcurrentRequestsPerHost"] = options.PerHost.ToString(inv),
    ["Newsdesk__Fetching__MinDelayPerHostMilliseconds"] = options.MinDelayMs.ToString(inv),
    ["Newsdesk__Scheduling__Workers"] = options.Workers.ToString(inv),
};
var store = await BenchStore.CreateAsync(dataDir, options.Postgres);
if (store.ConnectionString is { } postgres)
{
    env["Newsdesk__Database__Provider"] = "Postgres";
    env["Newsdesk__Database__ConnectionString"] = postgres;
}

try
{
    var opml = new StringBuilder("<opml version=\"2.0\"><body>");
    for (var n = 0; n < options.Sources; n++)
    {
        opml.Append(inv, $"<outline text=\"Feed {n}\" type=\"rss\" xmlUrl=\"{generator.FeedUrl(n)}\"/>");
    }

    var opmlPath = Path.Combine(dataDir, "sources.opml");
    await File.WriteAllTextAsync(opmlPath, opml.Append("</body></opml>").ToString());
    var import = await NewsdeskProcess.RunAsync(["sources", "import-opml", opmlPath, "--data-dir", dataDir], env);
    Console.Error.WriteLine(import.Output.Trim());

    Console.WriteLine($"Refresh benchmark: {options.Sources} sources on {options.Hosts} hosts (127.0.0.x), {options.Entries} entries per feed, "
        + $"{options.Workers} workers, {options.PerHost} per host, {options.MinDelayMs} ms min delay per host, {options.Processes} process(es), {Environment.ProcessorCount} cores, "
        + (store.ConnectionString is null ? "SQLite" : "PostgreSQL"));
    Console.WriteLine();
    Console.WriteLine("| Pass | Sources | Wall time | Requests/s | CPU time (newsdesk) | Statuses | New articles | Peak RSS (newsdesk) | Max in flight per host | Min gap per host | Stories (largest) | Load average |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (var pass = 1; pass <= options.Passes; pass++)
    {
        if (pass > 1)
        {
            await store.MakeAllDueAsync();
        }

        generator.ResetStats();
        var runs = await Task.WhenAll(Enumerable.Range(0, options.Processes).Select(_ => NewsdeskProcess.RunAsync(["refresh", "--json", "--data-dir", dataDir], env)));
        var run = (ExitCode: runs.Max(r => r.ExitCode), Output: string.Concat(runs.Select(r => r.Output)), Error: string.Concat(runs.Select(r => r.Error)),
            Elapsed: runs.Max(r => r.Elapsed), PeakRssBytes: runs.Max(r => r.PeakRssBytes), CpuSeconds: runs.Sum(r => r.CpuSeconds));
        var reports = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var statuses = reports.GroupBy(r => r.GetProperty("status").GetString()).Select(g => $"{g.Key} {g.Count()}");
        var added = reports.Sum(r => r.GetProperty("newArticles").GetInt32());
        var stats = generator.Stats.Values.ToList();
        var requests = stats.Sum(s => s.Requests);
        var maxInFlight = stats.Count == 0 ? 0 : stats.Max(s => s.MaxInFlight);
        var minGap = stats.Where(s => s.Requests > 1).Select(s => s.MinGap).DefaultIfEmpty(TimeSpan.Zero).Min();
        var (stories, largest) = await store.StoriesAsync();
        Console.WriteLine($"| {pass} | {reports.Count} | {run.Elapsed.TotalSeconds:0.0} s | {requests / run.Elapsed.TotalSeconds:0} | {run.CpuSeconds:0.0} s | {string.Join(", ", statuses)} | {added} "
            + $"| {run.PeakRssBytes / 1024.0 / 1024.0:0} MiB | {maxInFlight} (limit {options.PerHost}) | {minGap.TotalMilliseconds:0.0} ms (limit {options.MinDelayMs} ms) | {stories} ({largest}) | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |");
        if (run.ExitCode != 0)
        {
            Console.Error.WriteLine(run.Error);
        }

        foreach (var failure in reports.Where(r => r.GetProperty("status").GetString() == "Failed")
                     .GroupBy(r => r.TryGetProperty("message", out var m) ? m.GetString() : "").Take(5))
        {
            Console.Error.WriteLine($"pass {pass}: {failure.Count()} failed: {failure.Key}");
        }
    }
}
finally
{
    await store.DisposeAsync();
    Directory.Delete(dataDir, recursive: true);
}

return 0;

/// <summary>The store the processes share: the SQLite file in the data folder, or a new PostgreSQL database.</summary>
internal sealed class BenchStore(string dataDir, PostgresServer? server, string? connectionString) : IAsyncDisposable
{
    /// <summary>The PostgreSQL database's connection string; null for SQLite.</summary>
    public string? ConnectionString => connectionString;

    public static async Task<BenchStore> CreateAsync(string dataDir, string? adminConnectionString)
    {
        if (adminConnectionString is null)
        {
            return new BenchStore(dataDir, null, null);
        }

        var server = PostgresServer.Existing(adminConnectionString);
        return new BenchStore(dataDir, server, await server.CreateDatabaseAsync("newsdesk_refresh_bench"));
    }

    public async Task<(long Stories, long Largest)> StoriesAsync()
    {
        await using var connection = await OpenAsync(readOnly: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*), COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM articles WHERE "StoryId" IS NOT NULL GROUP BY "StoryId") AS s""";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task MakeAllDueAsync()
    {
        await using var connection = await OpenAsync(readOnly: false);
        await using var command = connection.CreateCommand();
        command.CommandText = """UPDATE sources SET "NextCheckAt" = NULL"""; // never checked: due now
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (connectionString is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        await server!.DropDatabaseAsync(connectionString);
    }

    private async Task<DbConnection> OpenAsync(bool readOnly)
    {
        DbConnection connection = connectionString is null
            ? new SqliteConnection($"Data Source={Path.Combine(dataDir, "newsdesk.db")}{(readOnly ? ";Mode=ReadOnly" : "")}")
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}

/// <summary>Runs the real `newsdesk` (built beside this program) and records wall time and peak resident memory.</summary>
internal static class NewsdeskProcess
{
    public static async Task<(int ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakRssBytes, double CpuSeconds)> RunAsync(string[] args, Dictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        double cpu = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakRss(process.Id));
            cpu = Math.Max(cpu, CpuSeconds(process.Id));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr, Stopwatch.GetElapsedTime(started), peak, cpu);
    }

    /// <summary>User plus system CPU time so far (/proc/PID/stat fields 14 and 15, in 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>VmHWM: the resident-set high-water mark the kernel keeps for the process.</summary>
    private static long PeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}

/// <summary>The command line: whole-number options, and the dump file or PostgreSQL server when given.</summary>
internal sealed record Args(int Sources, int Hosts, int Entries, int Workers, int PerHost, int MinDelayMs, int Passes, int Processes, string? Dump, string? Postgres)
{
    private static readonly Dictionary<string, int> Defaults = new()
    {
        ["--sources"] = 5000, ["--hosts"] = 250, ["--entries"] = 10, ["--workers"] = 16,
        ["--per-host"] = 2, ["--min-delay-ms"] = 1000, ["--passes"] = 2, ["--processes"] = 1,
    };

    /// <summary>The options, or what is wrong with them (naming the option).</summary>
    public static (Args? Options, string? Problem) Parse(string[] args)
    {
        var numbers = new Dictionary<string, int>(Defaults);
        var texts = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i];
            if (name is not ("--dump" or "--postgres") && !Defaults.ContainsKey(name))
            {
                return (null, $"Unknown option '{name}'; the options are {string.Join(", ", Defaults.Keys)} (each a whole number above 0), --dump FILE and --postgres ADMIN_CONNECTION_STRING.");
            }

            var value = i + 1 < args.Length ? args[i + 1] : "";
            if (name is "--dump" or "--postgres")
            {
                if (value.Length == 0)
                {
                    return (null, $"Option {name} needs a value.");
                }

                texts[name] = value;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                numbers[name] = number;
            }
            else
            {
                return (null, $"Option {name} needs a whole number above 0, not '{value}'.");
            }
        }

        return (new Args(numbers["--sources"], numbers["--hosts"], numbers["--entries"], numbers["--workers"], numbers["--per-host"],
            numbers["--min-delay-ms"], numbers["--passes"], numbers["--processes"], texts.GetValueOrDefault("--dump"), texts.GetValueOrDefault("--postgres")), null);
    }
}

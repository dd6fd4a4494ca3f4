using System.CommandLine;
using System.Reflection;
using System.Security.Cryptography;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk demo --out DIR`: a fresh store (in DIR/data unless --data-dir names an empty folder),
/// the bundled sample beat imported into it (src/Newsdesk/Demo/Beat, described in Demo/README.md),
/// the day's brief written to DIR, and an editor account; then the newsroom served on that store
/// until Ctrl+C (--urls, default http://127.0.0.1:5080), unless --no-serve. Never touches the
/// user's own store.
/// </summary>
internal static class DemoCommand
{
    private const string ResourcePrefix = "Demo/Beat/";

    /// <summary>The demo's sign-in name; its password is generated for each fresh demo store.</summary>
    public const string DemoUser = "editor";

    /// <summary>The demo store is always SQLite in its own folder, whatever the environment configures.</summary>
    private static readonly Dictionary<string, string?> DemoStore = new() { ["Database:Provider"] = "Sqlite", ["Database:ConnectionString"] = "" };

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder for the brief, the sample files and (by default) the demo store", Required = true };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after writing the brief instead of serving the newsroom (for scripts and tests)" };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Import a bundled sample beat into a fresh store, write its brief and serve the newsroom on it") { output, noServe, urls };
        command.SetAction(async (parse, ct) =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var chosen = parse.GetValue(GlobalOptions.DataDir);
            var dataDir = Path.GetFullPath(chosen ?? Path.Combine(outDir, "data"));
            if (chosen is not null && Directory.Exists(dataDir) && Directory.EnumerateFileSystemEntries(dataDir).Any())
            {
                await Console.Error.WriteLineAsync($"newsdesk demo: {dataDir} is not empty; the demo needs a fresh store, give it an empty or new folder".AsMemory(), ct);
                return 2;
            }

            var sampleDir = Path.Combine(outDir, "sample");
            var sampleNames = SampleNames();

            // A second run starts afresh, but only folders the demo itself wrote are ever deleted.
            foreach (var (folder, owned) in new[] { (chosen is null ? dataDir : null, DemoStoreNames), (sampleDir, sampleNames) })
            {
                if (folder is not null && !DeleteIfDemoFolder(folder, owned))
                {
                    await Console.Error.WriteLineAsync($"newsdesk demo: {folder} holds files the demo did not write; choose another --out".AsMemory(), ct);
                    return 2;
                }
            }

            var files = await WriteSampleAsync(sampleDir, ct);
            await Console.Out.WriteLineAsync($"Sample beat: {files} files in {sampleDir}".AsMemory(), ct);

            int status;
            string password;
            using (var host = await CliHost.StartAsync(parse, Directory.CreateDirectory(dataDir).FullName, ct, DemoStore))
            {
                var summary = await ImportCommand.RunAsync(host.Services, [sampleDir], ct);
                var brief = await BriefCommand.RunAsync(host.Services, null, outDir, ct);
                await Console.Out.WriteLineAsync($"Demo store: {dataDir} (try: newsdesk articles --data-dir \"{dataDir}\")".AsMemory(), ct);
                status = summary.Failures.Count == 0 && brief is not null ? 0 : 1;
                password = NewPassword();
                await using var scope = host.Services.CreateAsyncScope();
                var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(DemoUser, password, UserRole.Editor, "Demo editor", ct);
                if (!added.Succeeded)
                {
                    await Console.Error.WriteLineAsync($"newsdesk demo: cannot create the demo account: {added.Error}".AsMemory(), ct);
                    return 1;
                }
            }

            string[] signIn = [$"Sign in as:  {DemoUser}", $"Password:    {password}   (generated for this demo store; role editor)"];
            if (parse.GetValue(noServe))
            {
                await Console.Out.WriteLineAsync($"Serve it with: newsdesk serve --data-dir \"{dataDir}\"".AsMemory(), ct);
                foreach (var line in signIn)
                {
                    await Console.Out.WriteLineAsync(line.AsMemory(), ct);
                }

                return status;
            }

            var settings = ServeCommand.Settings(dataDir, parse.GetValue(urls) ?? ServeCommand.DefaultUrls, parse.GetValue(GlobalOptions.Verbose)) with { Configuration = DemoStore };
            var served = await ServeCommand.RunAsync(settings, signIn, ct);
            return served != 0 ? served : status;
        });
        return command;
    }

    /// <summary>
    /// A fresh random password for each demo store, never a fixed one: the demo may be served on
    /// a reachable address (--urls), and a documented password would open it to anyone. Four
    /// groups of four from an alphabet without look-alikes (no 0/o, 1/l/i) read and type easily:
    /// 16 symbols of 31 carry about 79 bits.
    /// </summary>
    private static string NewPassword()
    {
        const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = new char[19];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 5 == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Writes the embedded sample files into the folder and returns how many.</summary>
    private static async Task<int> WriteSampleAsync(string folder, CancellationToken ct)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var count = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name[ResourcePrefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var source = assembly.GetManifestResourceStream(name)!;
            await using var target = File.Create(path);
            await source.CopyToAsync(target, ct);
            count++;
        }

        return count;
    }

    /// <summary>What a demo store folder may hold: the SQLite file, its journals and the cache folder.</summary>
    private static readonly HashSet<string> DemoStoreNames = new(StringComparer.Ordinal)
    {
        "newsdesk.db", "newsdesk.db-wal", "newsdesk.db-shm", "newsdesk.db-journal", "cache",
    };

    private static HashSet<string> SampleNames() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..].Replace('/', Path.DirectorySeparatorChar))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Deletes the folder when everything at its top level is a name the demo owns; false when it holds anything else.</summary>
    private static bool DeleteIfDemoFolder(string folder, HashSet<string> owned)
    {
        if (!Directory.Exists(folder))
        {
            return true;
        }

        if (!Directory.EnumerateFileSystemEntries(folder).All(e => owned.Contains(Path.GetFileName(e))))
        {
            return false;
        }

        Directory.Delete(folder, recursive: true);
        return true;
    }
}

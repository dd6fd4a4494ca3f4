using Npgsql;

namespace Newsdesk.Testing;

/// <summary>
/// A real PostgreSQL server for the test run: a throw-away cluster (initdb into a temp folder,
/// pg_ctl start on 127.0.0.1 and a free port), stopped and deleted when the test process exits.
/// NEWSDESK_TEST_POSTGRES may name an existing server's admin connection string instead.
/// </summary>
public sealed class PostgresServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _shared;

    private readonly string? _dataDir;
    private readonly string? _binDir;

    private PostgresServer(string adminConnectionString, string? dataDir, string? binDir)
    {
        AdminConnectionString = adminConnectionString;
        _dataDir = dataDir;
        _binDir = binDir;
    }

    public string AdminConnectionString { get; }

    /// <summary>The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES")))
        {
            return "(external)";
        }

        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => b, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The server shared by every test in this process, started on first use.</summary>
    public static async Task<PostgresServer> GetAsync(CancellationToken ct = default)
    {
        await Gate.WaitAsync(ct);
        try
        {
            return _shared ??= await StartAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A server already running, named by its admin connection string (never stopped here).</summary>
    public static PostgresServer Existing(string adminConnectionString) => new(adminConnectionString, null, null);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct = default)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using (var conn = new NpgsqlConnection(AdminConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    public async Task DropDatabaseAsync(string connectionString, CancellationToken ct = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<PostgresServer> StartAsync(CancellationToken ct)
    {
        var external = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(external))
        {
            return Existing(external);
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(Requirements.Missing(Component.Postgres));
        RemoveStaleClusters();
        var dataDir = Path.Combine(Path.GetTempPath(), $"newsdesk-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dataDir);
        // initdb refuses to run as root; the Debian package's postgres user owns the cluster instead.
        var user = ProcessRunner.IsRoot ? "postgres" : null;
        if (user is not null)
        {
            await ProcessRunner.RunAsync("chown", [user, dataDir], ct);
        }

        await ProcessRunner.RunAsync(Path.Combine(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], ct, user);
        var port = ProcessRunner.FreePort();
        var serverOptions = $"-c listen_addresses=127.0.0.1 -p {port} -k {dataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await ProcessRunner.RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", dataDir, "-o", serverOptions, "-l", Path.Combine(dataDir, "server.log"), "-w", "-t", "60", "start"], ct, user);
        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50", dataDir, bin);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(user);
        return server;
    }

    /// <summary>Deletes clusters left by test processes that were killed before they could clean up.</summary>
    private static void RemoveStaleClusters()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), "newsdesk-pg-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void Stop(string? user)
    {
        if (_dataDir is null || _binDir is null)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            ProcessRunner.RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", _dataDir, "-m", "immediate", "-w", "stop"], CancellationToken.None, user)
                .GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder is removed below either way.
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using System.Diagnostics;

namespace Newsdesk.Testing;

/// <summary>What a `newsdesk` run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

/// <summary>Runs the real `newsdesk` executable (built beside the tests) as a child process.</summary>
public static class CliRunner
{
    private static readonly Lazy<string> Dll = new(FindDll);

    /// <summary>The newsdesk.dll the tests run with `dotnet`.</summary>
    public static string DllPath => Dll.Value;

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, CancellationToken ct = default)
    {
        using var process = Start(args, environment, workingDirectory);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>Starts `newsdesk` with standard output and error redirected, for commands that keep running (serve, demo).</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        psi.ArgumentList.Add(Dll.Value);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        return Process.Start(psi) ?? throw new InvalidOperationException("Cannot start newsdesk");
    }

    /// <summary>
    /// Asks a process to stop as a terminal's Ctrl+C or a service manager would: SIGTERM, which the
    /// CLI handles like SIGINT (both cancel the command). SIGINT itself cannot be used here: a test
    /// run started in the background inherits SIGINT ignored, and so does every child.
    /// </summary>
    public static async Task SignalStopAsync(Process process, CancellationToken ct = default)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("Cannot run kill");
        await kill.WaitForExitAsync(ct);
    }

    private static string FindDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "newsdesk.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "newsdesk.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var built = Path.Combine(SharedData.RepositoryRoot, "src", "Newsdesk", "bin", configuration, "net10.0", "newsdesk.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("newsdesk.dll is not built", built);
    }
}

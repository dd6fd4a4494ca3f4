using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace Newsdesk.Testing;

/// <summary>
/// A long-running `newsdesk` process (serve, run) started by a test: its standard output read line
/// by line, standard error kept, stopped with SIGTERM (as a service manager does) or killed outright.
/// </summary>
public sealed class NewsdeskProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly System.Text.StringBuilder _stdout = new();
    private readonly System.Text.StringBuilder _stderr = new();

    private NewsdeskProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static NewsdeskProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        psi.ArgumentList.Add(CliRunner.DllPath);
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

        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var started = new NewsdeskProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                started._lines.Writer.TryComplete();
                return;
            }

            lock (started._stdout)
            {
                started._stdout.AppendLine(e.Data);
            }

            started._lines.Writer.TryWrite(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (started._stderr)
            {
                started._stderr.AppendLine(e.Data);
            }
        };
        if (!process.Start())
        {
            throw new InvalidOperationException("Cannot start newsdesk " + string.Join(' ', args));
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>The next line of standard output; fails the test with what the process printed when none comes in time.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        try
        {
            return await _lines.Reader.ReadAsync().AsTask().WaitAsync(timeout);
        }
        catch (Exception e) when (e is TimeoutException or ChannelClosedException)
        {
            throw new InvalidOperationException($"newsdesk printed no line ({e.GetType().Name}).\n{this}", e);
        }
    }

    /// <summary>SIGTERM, then waits for the exit and returns its code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process dies at once, as on a crash or a lost machine, leaving what it held.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public override string ToString() => $"--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}

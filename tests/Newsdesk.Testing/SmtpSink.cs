using System.Diagnostics;
using System.Net.Sockets;

namespace Newsdesk.Testing;

/// <summary>
/// Postfix's smtp-sink on 127.0.0.1 and a free port, writing every message it accepts to a file in
/// <see cref="Directory"/>. Extra arguments configure faults (e.g. "-R" reject codes, "-h" hard errors).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/smtp-sink";

    private readonly Process _process;

    private SmtpSink(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    public string Directory { get; }

    public static async Task<SmtpSink> StartAsync(IEnumerable<string>? extraArgs = null, CancellationToken ct = default)
    {
        Requirements.Require(Component.SmtpSink);
        var dir = Path.Combine(Path.GetTempPath(), "newsdesk-smtp-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var port = ProcessRunner.FreePort();
        var psi = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        if (ProcessRunner.IsRoot)
        {
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add("root");
        }

        foreach (var a in extraArgs ?? [])
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add("-d");
        psi.ArgumentList.Add(Path.Combine(dir, "%M."));
        psi.ArgumentList.Add($"127.0.0.1:{port}");
        psi.ArgumentList.Add("100");
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Cannot start " + Executable);
        var sink = new SmtpSink(process, port, dir);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, ct);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(50, ct);
            }
        }

        await sink.DisposeAsync();
        throw new InvalidOperationException($"smtp-sink did not start listening on port {port}");
    }

    /// <summary>
    /// The raw messages received so far (headers and body as written by smtp-sink). smtp-sink opens
    /// its file at MAIL FROM, so a transaction refused at RCPT or dropped before DATA leaves an empty
    /// file: that is no message, and is left out.
    /// </summary>
    public IReadOnlyList<string> Messages() =>
        System.IO.Directory.GetFiles(Directory).Order(StringComparer.Ordinal).Select(File.ReadAllText).Where(m => m.Length > 0).ToList();

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}

using System.Diagnostics;
using System.Net;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests;

/// <summary>The real `newsdesk` process: accounts from the CLI, then `serve` on a free port.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task UsersAddAndToken_ThenServe_AnswersWithRolesApplied()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsdesk-serve-" + Guid.NewGuid().ToString("N"));
        var passwordFile = Path.Combine(Path.GetTempPath(), "newsdesk-pw-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(passwordFile, "a long enough password\n");
        var env = new Dictionary<string, string> { ["Newsdesk__Accounts__PasswordIterations"] = "1000" };
        Process? server = null;
        try
        {
            var add = await CliRunner.RunAsync(["users", "add", "Ada", "--role", "admin", "--password-file", passwordFile, "--data-dir", dir], env);
            Assert.True(add.ExitCode == 0, add.ToString());
            Assert.Contains("Added ada (admin).", add.StandardOutput, StringComparison.Ordinal);
            var duplicate = await CliRunner.RunAsync(["users", "add", "ada", "--role", "viewer", "--password-file", passwordFile, "--data-dir", dir], env);
            Assert.Equal(1, duplicate.ExitCode);
            Assert.Contains("already exists", duplicate.StandardError, StringComparison.Ordinal);
            var badRole = await CliRunner.RunAsync(["users", "add", "bo", "--role", "owner", "--password-file", passwordFile, "--data-dir", dir], env);
            Assert.NotEqual(0, badRole.ExitCode);
            Assert.Contains("use admin, editor or viewer", badRole.StandardError + badRole.StandardOutput, StringComparison.Ordinal);
            var token = await CliRunner.RunAsync(["users", "token", "ada", "--data-dir", dir], env);
            Assert.True(token.ExitCode == 0, token.ToString());
            var secret = token.StandardOutput.Trim();
            Assert.StartsWith("nd_", secret, StringComparison.Ordinal);

            var port = ProcessRunner.FreePort();
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dir })
            {
                psi.ArgumentList.Add(a);
            }

            server = Process.Start(psi)!;
            var banner = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal($"Newsroom: http://127.0.0.1:{port}/  (data: {dir}; Ctrl+C stops)", banner);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("archive")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("")).StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
            var me = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains("\"role\":\"admin\"", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            server?.Dispose();
            File.Delete(passwordFile);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_ImportsTheSampleBeat_AndSaysWhereTheBriefIs_EveryRunFresh()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("demo");

        var first = await CliRunner.RunAsync("demo", "--out", output, "--no-serve");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("imported 29, unchanged 0, failed 0", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Brief written to {Path.Combine(output, "brief.html")}", first.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "brief.txt")));
        Assert.True(File.Exists(Path.Combine(output, "brief.md")));

        var articles = await CliRunner.RunAsync("articles", "--json", "--data-dir", Path.Combine(output, "data"));
        var rows = articles.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(29, rows.Count);
        Assert.Equal(5, rows.Count(r => r.GetProperty("commentary").ValueKind == JsonValueKind.String));

        // Demo/README.md: the shells original and its four copies (verbatim, retitled, edited, machine
        // rewrite) point to it and share its story; the beat's events are not one story.
        long? Number(JsonElement r, string name) => r.GetProperty(name).ValueKind == JsonValueKind.Number ? r.GetProperty(name).GetInt64() : null;
        var original = rows.Single(r => r.GetProperty("url").GetString()?.Contains("peninsulawire", StringComparison.Ordinal) == true
            && r.GetProperty("title").GetString() == "North Korea shipped 9.4 million shells to Russia, Seoul says");
        var copies = rows.Where(r => Number(r, "copyOfId") == original.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(4, copies.Count);
        Assert.All(copies, c => Assert.Equal(Number(original, "storyId"), Number(c, "storyId")));
        var stories = rows.GroupBy(r => Number(r, "storyId")).ToList();
        Assert.True(stories.Count >= 9, $"{stories.Count} stories");
        Assert.True(stories.Max(g => g.Count()) <= 10, $"largest story holds {stories.Max(g => g.Count())} articles");

        // Demo/README.md story 5, the missile launch: the wire's report, the other outlets' and the
        // newsletter's Beijing item (the launch story's latest member, past the eighth) are one story.
        long? StoryOf(string title) => Number(rows.First(r => r.GetProperty("title").GetString() == title), "storyId");
        var launch = StoryOf("North Korea launches three missiles in response to allied drills");
        Assert.NotNull(launch);
        Assert.Equal(launch, StoryOf("North Korea fires two ballistic missiles into East Sea"));
        Assert.Equal(launch, StoryOf("Tokyo protests launches, calls for trilateral response"));
        Assert.Equal(launch, StoryOf("Beijing urges calm after launches"));

        // The publisher's section or folder says what is commentary: the editorial and the newsletter's
        // op-ed are opinion, the arms-money piece analysis, the wire's launch report a report.
        string GenreOf(string title) => rows.First(r => r.GetProperty("title").GetString() == title).GetProperty("genre").GetString()!;
        Assert.Equal("opinion", GenreOf("Editorial: Drills, missiles and the phone that nobody answers"));
        Assert.Equal("opinion", GenreOf("The alliance is not a subscription"));
        Assert.Equal("analysis", GenreOf("What Pyongyang earns from Moscow's war"));
        Assert.Equal("report", GenreOf("North Korea fires two ballistic missiles into East Sea"));

        var brief = await File.ReadAllTextAsync(Path.Combine(output, "brief.txt"));
        Assert.Contains("Saturday 21 November 2026", brief, StringComparison.Ordinal);
        Assert.Contains("— Park Mi-rae, Unification Minister", brief, StringComparison.Ordinal);

        // The demo account is printed, with a password made for this store.
        Assert.Contains("Sign in as:  editor\n", first.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"Password:    [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}   \(generated for this demo store", first.StandardOutput);
        Assert.Contains($"Serve it with: newsdesk serve --data-dir \"{Path.Combine(output, "data")}\"", first.StandardOutput, StringComparison.Ordinal);

        // A second run starts from a fresh store: the same counts, nothing "unchanged".
        var second = await CliRunner.RunAsync("demo", "--out", output, "--no-serve");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("imported 29, unchanged 0, failed 0", second.StandardOutput, StringComparison.Ordinal);
        Assert.NotEqual(PasswordIn(first.StandardOutput), PasswordIn(second.StandardOutput));
    }

    [Fact]
    public async Task Demo_EndsByServingTheNewsroom_ToThePrintedAccount_UntilStopped()
    {
        using var temp = new TempFolder();
        var port = ProcessRunner.FreePort();
        var url = $"http://127.0.0.1:{port}";
        // A relative --out is relative to where the command runs.
        using var demo = CliRunner.Start(["demo", "--out", "demo", "--urls", url], workingDirectory: temp.Path);
        var stderr = demo.StandardError.ReadToEndAsync();
        try
        {
            var printed = new List<string>();
            while (await demo.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120)) is { } line)
            {
                printed.Add(line);
                if (line.StartsWith("Password:", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var output = string.Join('\n', printed);
            Assert.True(printed.Count > 0 && printed[^1].StartsWith("Password:", StringComparison.Ordinal), output + await TailAsync(demo, stderr));
            Assert.Contains($"Brief written to {temp.Combine("demo", "brief.html")}", output, StringComparison.Ordinal);
            Assert.Contains($"Newsroom: {url}/  (data: {temp.Combine("demo", "data")}; Ctrl+C stops)\nSign in as:  editor\n", output, StringComparison.Ordinal);

            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(url) };
            var form = await http.GetStringAsync("/account/login");
            var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var signIn = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "editor",
                ["Password"] = PasswordIn(output),
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/", signIn.Headers.Location?.OriginalString);
            var briefs = await http.GetAsync("/briefs");
            Assert.Equal(HttpStatusCode.OK, briefs.StatusCode);
            Assert.Contains("<td>2026-11-21</td>", await briefs.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            await CliRunner.SignalStopAsync(demo);
            await demo.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(demo.ExitCode == 0, await TailAsync(demo, stderr));
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/archive"));
        }
        finally
        {
            if (!demo.HasExited)
            {
                demo.Kill(entireProcessTree: true);
                await demo.WaitForExitAsync();
            }
        }
    }

    [Fact]
    public async Task Demo_PortTaken_SaysSoAndWhichOptionChangesIt()
    {
        using var temp = new TempFolder();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var result = await CliRunner.RunAsync(["demo", "--out", temp.Combine("demo"), "--urls", $"http://127.0.0.1:{port}"]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"cannot listen on http://127.0.0.1:{port}", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--urls", result.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("demo", "brief.html")));
    }

    private static string PasswordIn(string output) => Regex.Match(output, @"Password:\s+(\S+)").Groups[1].Value;

    private static async Task<string> TailAsync(System.Diagnostics.Process process, Task<string> stderr)
    {
        if (!process.HasExited)
        {
            return "";
        }

        return $"\nexit {process.ExitCode}\n--- stderr\n{await stderr}";
    }

    [Fact]
    public async Task Demo_NeverDeletesFoldersItDidNotWrite()
    {
        using var temp = new TempFolder();
        temp.Write("mine/data/thesis.docx", "keep me");
        var result = await CliRunner.RunAsync("demo", "--out", temp.Combine("mine"), "--no-serve");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds files the demo did not write", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(temp.Combine("mine", "data", "thesis.docx")));
    }

    [Fact]
    public async Task Demo_NonEmptyDataDir_IsRefused()
    {
        using var temp = new TempFolder();
        temp.Write("store/newsdesk.db", "not ours to delete");
        var result = await CliRunner.RunAsync("demo", "--out", temp.Combine("demo"), "--data-dir", temp.Combine("store"), "--no-serve");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not empty; the demo needs a fresh store", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("not ours to delete", await File.ReadAllTextAsync(temp.Combine("store", "newsdesk.db")));
    }
}

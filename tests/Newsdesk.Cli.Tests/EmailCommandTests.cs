using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Storage;
using Newsdesk.Storage.Sqlite;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

/// <summary>`newsdesk subscribers ...` and `newsdesk send` end to end: the real executable, a real store and Postfix's smtp-sink.</summary>
public sealed class EmailCommandTests
{
    /// <summary>Imports the digest, drafts its brief with `newsdesk brief` and publishes it with `newsdesk publish`; returns the data folder and slug.</summary>
    private static async Task<(string Data, string Slug)> PublishedBriefAsync(TempFolder temp)
    {
        temp.Write("in/digest.txt", ImportCommandTests.Digest);
        var data = temp.Combine("data");
        Assert.Equal(0, (await CliRunner.RunAsync("import", temp.Combine("in"), "--data-dir", data)).ExitCode);
        var draft = await CliRunner.RunAsync("brief", "--out", temp.Combine("out"), "--data-dir", data);
        Assert.True(draft.ExitCode == 0, draft.ToString());
        string slug;
        await using (var db = Open(data))
        {
            slug = (await db.Briefs.SingleAsync()).Slug;
        }

        var published = await CliRunner.RunAsync("publish", slug, "--data-dir", data);
        Assert.True(published.ExitCode == 0, published.ToString());
        Assert.Equal($"Published {slug}: /archive/{slug}", published.StandardOutput.Trim());
        await using (var db = Open(data))
        {
            var brief = await db.Briefs.SingleAsync();
            Assert.Equal(BriefStatus.Published, brief.Status);
            Assert.NotNull(BriefEditions.Read(brief.Edition));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (data, slug);
    }

    private static NewsdeskDb Open(string data)
    {
        var options = new DbContextOptionsBuilder<NewsdeskDb>();
        options.UseNewsdeskSqlite(SqliteStorage.ConnectionStringFor(data));
        return new NewsdeskDb(options.Options);
    }

    [Fact]
    public async Task Publish_UnknownSlug_SaysSo_AndPublishingAgainChangesNothing()
    {
        using var temp = new TempFolder();
        var (data, slug) = await PublishedBriefAsync(temp);

        var unknown = await CliRunner.RunAsync("publish", "2026-01-05", "--data-dir", data);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no brief has the slug '2026-01-05'", unknown.StandardError, StringComparison.Ordinal);

        string edition;
        await using (var db = Open(data))
        {
            edition = (await db.Briefs.SingleAsync()).Edition!;
        }

        var again = await CliRunner.RunAsync("publish", slug, "--data-dir", data);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"{slug} is already published: /archive/{slug}", again.StandardOutput.Trim());
        await using (var db = Open(data))
        {
            Assert.Equal(edition, (await db.Briefs.SingleAsync()).Edition);
        }
    }

    private static string[] Smtp(SmtpSink sink) =>
        ["--smtp-host", "127.0.0.1", "--smtp-port", sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--from", "desk@newsdesk.test", "--base-url", "https://desk.example"];

    [Fact]
    public async Task SubscribersAdd_BadAddress_ExitsNonZero_NamingIt()
    {
        using var temp = new TempFolder();

        var result = await CliRunner.RunAsync("subscribers", "add", "ann-at-example.org", "--data-dir", temp.Combine("data"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("'ann-at-example.org' is not an email address.", result.StandardError.Trim());
        var list = await CliRunner.RunAsync("subscribers", "list", "--json", "--data-dir", temp.Combine("data"));
        Assert.Equal("", list.StandardOutput.Trim());
    }

    [RequiresFact(Component.SmtpSink)]
    public async Task Send_EndToEnd_OneMessagePerSubscriber_ThenNothingNew_AndFailuresAreNamed()
    {
        using var temp = new TempFolder();
        var (data, slug) = await PublishedBriefAsync(temp);
        Assert.Equal("Subscribed ann@example.org.", (await CliRunner.RunAsync("subscribers", "add", "ann@example.org", "--name", "Ann Lee", "--data-dir", data)).StandardOutput.Trim());
        var twice = await CliRunner.RunAsync("subscribers", "add", "ANN@example.org", "--data-dir", data);
        Assert.Equal((0, "ann@example.org is already subscribed."), (twice.ExitCode, twice.StandardOutput.Trim()));
        var csv = temp.Write("readers.csv", "email,name\nbo@example.org,Bo\nnope,Nobody\nchen@example.net,Chen\nann@example.org,Ann\n");
        var import = await CliRunner.RunAsync("subscribers", "import", csv, "--data-dir", data);
        Assert.Equal(1, import.ExitCode);
        Assert.Equal(["failed: readers.csv line 3: 'nope' is not an email address.", "added 2, already subscribed 1, unsubscribed (left alone) 0, failed 1"],
            import.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, (await CliRunner.RunAsync("subscribers", "add", "gone@example.org", "--data-dir", data)).ExitCode);
        Assert.Equal("Unsubscribed gone@example.org.", (await CliRunner.RunAsync("subscribers", "remove", "gone@example.org", "--data-dir", data)).StandardOutput.Trim());
        var list = await CliRunner.RunAsync("subscribers", "list", "--json", "--data-dir", data);
        var rows = list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["ann@example.org active", "bo@example.org active", "chen@example.net active", "gone@example.org unsubscribed"],
            rows.Select(r => r.GetProperty("email").GetString() + " " + r.GetProperty("status").GetString()));

        await using var sink = await SmtpSink.StartAsync();
        var send = await CliRunner.RunAsync(["send", "--latest", .. Smtp(sink), "--data-dir", data]);

        Assert.True(send.ExitCode == 0, send.ToString());
        Assert.Equal($"{slug}: sent 3, already sent 0, failed 0", send.StandardOutput.Trim());
        var mails = sink.Messages().Select(MailDump.Parse).ToList();
        Assert.Equal(["ann@example.org", "bo@example.org", "chen@example.net"], mails.Select(m => Assert.Single(m.Recipients)).Order(StringComparer.Ordinal));
        Assert.All(mails, m =>
        {
            Assert.Equal("Daily brief (Friday 20 November 2026)", m.Header("Subject"));
            Assert.Contains("Envoys meet in Geneva", m.Text, StringComparison.Ordinal);
            Assert.Contains("Envoys meet in Geneva", m.Html, StringComparison.Ordinal);
            Assert.StartsWith("<https://desk.example/unsubscribe/", m.Header("List-Unsubscribe"), StringComparison.Ordinal);
        });

        var again = await CliRunner.RunAsync(["send", slug, .. Smtp(sink), "--data-dir", data]);
        Assert.Equal((0, $"{slug}: sent 0, already sent 3, failed 0"), (again.ExitCode, again.StandardOutput.Trim()));
        Assert.Equal(3, sink.Messages().Count);

        Assert.Equal(0, (await CliRunner.RunAsync("subscribers", "add", "dan@example.org", "--data-dir", data)).ExitCode);
        await using var refusing = await SmtpSink.StartAsync(["-f", "RCPT"]);
        var failing = await CliRunner.RunAsync(["send", slug, .. Smtp(refusing), "--data-dir", data]);
        Assert.Equal(1, failing.ExitCode);
        var lines = failing.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("failed: dan@example.org: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("5.", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{slug}: sent 0, already sent 3, failed 1", lines[1]);
    }

    [Fact]
    public async Task Send_WithoutSmtpSettings_OrADraft_IsRefusedWithTheReason()
    {
        using var temp = new TempFolder();
        temp.Write("in/digest.txt", ImportCommandTests.Digest);
        var data = temp.Combine("data");
        Assert.Equal(0, (await CliRunner.RunAsync("import", temp.Combine("in"), "--data-dir", data)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("brief", "--out", temp.Combine("out"), "--data-dir", data)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("subscribers", "add", "ann@example.org", "--data-dir", data)).ExitCode);

        var none = await CliRunner.RunAsync("send", "--latest", "--data-dir", data);
        var draft = await CliRunner.RunAsync("send", "2026-11-20", "--data-dir", data, "--smtp-host", "127.0.0.1", "--from", "desk@newsdesk.test");
        var neither = await CliRunner.RunAsync("send", "--data-dir", data);

        Assert.Equal((1, "newsdesk send: no brief is published yet."), (none.ExitCode, none.StandardError.Trim()));
        Assert.Equal(1, draft.ExitCode);
        Assert.Equal("newsdesk send: Brief 2026-11-20 is a draft: publish it before sending it by email.", draft.StandardError.Trim());
        Assert.Equal(2, neither.ExitCode);
        var unset = await CliRunner.RunAsync("send", "2026-11-20", "--data-dir", data);
        Assert.Equal(1, unset.ExitCode);
        Assert.StartsWith("newsdesk send: No SMTP server is configured", unset.StandardError.Trim(), StringComparison.Ordinal);
    }
}

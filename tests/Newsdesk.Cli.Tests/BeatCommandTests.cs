using System.Text.Json;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Storage.Sqlite;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class BeatCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsdesk-beat-" + Guid.NewGuid().ToString("N"));

    public BeatCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Validate_BadFile_ListsEveryErrorWithLineAndField()
    {
        var file = Path.Combine(_dir, "beat.yaml");
        await File.WriteAllTextAsync(file, "name: Mine\nkeywords:\n  - name: missile\n    weight: lots\nentitties: []\n");

        var result = await CliRunner.RunAsync("beat", "validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("beat.yaml:4:13: keywords[1].weight: expected a number, got 'lots'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("beat.yaml:5:1: entitties: unknown field", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TheBuiltInBeat_IsValid()
    {
        var show = await CliRunner.RunAsync(["beat", "show", "--yaml"], new Dictionary<string, string> { ["NEWSDESK_DATA_DIR"] = _dir });
        var file = Path.Combine(_dir, "copy.yaml");
        await File.WriteAllTextAsync(file, show.StandardOutput);

        var result = await CliRunner.RunAsync("beat", "validate", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("copy.yaml: valid beat \"Korean peninsula security\":", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_BeatFileInDataDir_IsTheOneInForce()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "beat.yaml"), "name: Baltic security\nkeywords: [submarine cable]\n");

        var result = await CliRunner.RunAsync(["beat", "show"], new Dictionary<string, string> { ["NEWSDESK_DATA_DIR"] = _dir });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Baltic security", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("submarine cable", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "newsdesk.db")), "showing the beat must not create the store");
    }

    [Fact]
    public async Task Rank_StoredArticles_BestFirstWithReasons()
    {
        var migrate = await CliRunner.RunAsync("migrate", "--data-dir", _dir);
        Assert.True(migrate.ExitCode == 0, migrate.ToString());
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<NewsdeskDb>();
        options.UseNewsdeskSqlite(SqliteStorage.ConnectionStringFor(_dir));
        await using (var db = new NewsdeskDb(options.Options))
        {
            var now = TimeProvider.System.GetUtcNow();
            await new ArticleIngestor(db, TimeProvider.System).IngestAsync(
            [
                new ArticleDraft { Url = "https://a.example/1", Outlet = "Harbor Ledger", Title = "Bakery wins prize", PublishedAt = now.AddHours(-1), Blocks = [Block.Paragraph("Bread.")] },
                new ArticleDraft { Url = "https://b.example/2", Outlet = "NK News", Title = "Kim Yo Jong warns Seoul over loudspeakers", PublishedAt = now.AddHours(-2), Blocks = [Block.Paragraph("Kim Yo Jong said the loudspeakers must stop.")] },
            ], default);
        }

        var result = await CliRunner.RunAsync("beat", "rank", "--json", "--data-dir", _dir);

        Assert.True(result.ExitCode == 0, result.ToString());
        var row = JsonDocument.Parse(Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("Kim Yo Jong warns Seoul over loudspeakers", row.GetProperty("headline").GetString());
        Assert.Equal("matched: Kim Yo Jong, loudspeakers, South Korea; 1 outlet; from NK News; first seen 2 h ago", row.GetProperty("reasons").GetString());
    }
}

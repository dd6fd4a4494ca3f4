using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Pipeline;

public sealed class ImportFilesTests : IDisposable
{
    private const string Digest = """
        Quotes of the Day:
        "A line nobody can see is still a line."
        – Daniel Okafor, analyst
        1. Envoys meet in Geneva
        2. Navy tests drone off Jeju
        3. Rail link reopens for freight
        1. Envoys meet in Geneva
        Encouraging, but the agenda is thin.
        Envoys meet in Geneva
        https://meridian.example/2026/11/20/geneva
        By Clara Voss
        November 20, 2026
        Envoys from the two Koreas met in Geneva on Friday for their first direct talks in two years.
        2. Navy tests drone off Jeju
        Navy tests drone off Jeju
        Northline Daily
        November 20, 2026
        The navy flew a carrier-capable drone from a test deck for the first time.
        3. Rail link reopens for freight
        Watch what goes in the wagons.
        Rail link reopens for freight
        northwatch.example · by Mikhail Orlov · November 19, 2026
        The rail link to the port of Rason reopened to freight on Thursday.
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("newsdesk-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Import_FolderTwice_SecondRunChangesNothing(DatabaseProvider provider)
    {
        Write("digest.txt", Digest);
        Write("article.md", "# Talks resume\n\nBy Hannah Ko\n\nThe talks resumed on Friday in Panmunjom.");
        Directory.CreateDirectory(Path.Combine(_dir, "nested"));
        Write(Path.Combine("nested", "page.html"), "<html><head><title>Boats at Nampo</title></head><body><article><p>Four boats were seen at Nampo.</p></article></body></html>");
        Write("empty.txt", "");
        Write("notes.csv", "ignored,when,walking,a,folder");
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = PipelineServices.Build(db, new ManualClock());
        var import = services.GetRequiredService<ImportFiles>();

        var (files, missing) = ImportFiles.ExpandPaths([_dir, Path.Combine(_dir, "absent")]);
        var first = await import.ImportAsync(files, missing, null, default);

        Assert.Equal(4, first.Files);
        Assert.Equal(5, first.Imported);
        Assert.Equal(0, first.Unchanged);
        Assert.Equal(1, first.QuotesAdded);
        Assert.Equal(
            [(Path.Combine(_dir, "absent"), "no such file or folder"), (Path.Combine(_dir, "empty.txt"), "empty file")],
            first.Failures.Select(f => (f.Path, f.Reason)).OrderBy(f => f.Path, StringComparer.Ordinal));

        var second = await import.ImportAsync(files, missing, null, default);
        Assert.Equal(0, second.Imported);
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(0, second.QuotesAdded);

        await using var context = db.CreateContext();
        Assert.Equal(5, await context.Articles.CountAsync());
        var quote = await context.Quotes.SingleAsync();
        Assert.Equal((QuoteKind.Curated, "Daniel Okafor", "analyst"), (quote.Kind, quote.Speaker, quote.SpeakerRole));
        var geneva = await context.Articles.SingleAsync(a => a.Title == "Envoys meet in Geneva");
        Assert.Equal("Encouraging, but the agenda is thin.", geneva.Commentary);
        Assert.Equal("Clara Voss", geneva.Byline);
        Assert.Equal("https://meridian.example/2026/11/20/geneva", geneva.Url);
        Assert.EndsWith("digest.txt#1", geneva.Origin, StringComparison.Ordinal);
    }

    /// <summary>The saved page of the digest's first item: same address, fuller text, metadata only in JSON-LD.</summary>
    private const string GenevaPage = """
        <html lang="en"><head><title>Envoys meet in Geneva | Meridian</title>
        <link rel="canonical" href="https://meridian.example/2026/11/20/geneva">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys meet in Geneva",
          "author":{"@type":"Person","name":"Clara Voss"},"datePublished":"2026-11-20T08:15:00Z","publisher":{"@type":"Organization","name":"Meridian"}}</script>
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Envoys meet in Geneva</h1>
        <p>Envoys from the two Koreas met in Geneva on Friday for their first direct talks in two years.</p>
        <p>The meeting lasted three hours, and both delegations agreed to meet again before the end of the year.</p>
        </article><footer>Copyright Meridian</footer></body></html>
        """;

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Import_HtmlPage_StoresTheExtractorsMetadata(DatabaseProvider provider)
    {
        Write("geneva.html", GenevaPage);
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = PipelineServices.Build(db, new ManualClock());
        var (files, missing) = ImportFiles.ExpandPaths([_dir]);

        var summary = await services.GetRequiredService<ImportFiles>().ImportAsync(files, missing, null, default);

        Assert.Equal(1, summary.Imported);
        await using var context = db.CreateContext();
        var article = await context.Articles.SingleAsync();
        Assert.Equal(
            ("Envoys meet in Geneva", "Clara Voss", new DateTimeOffset(2026, 11, 20, 8, 15, 0, TimeSpan.Zero), "Meridian", "https://meridian.example/2026/11/20/geneva", "en"),
            (article.Title, article.Byline, article.PublishedAt, article.Outlet, article.Url, article.Language));
        Assert.StartsWith("Envoys from the two Koreas met in Geneva", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Import_DigestItemAndPageAtSameUrl_ReimportsChangeNothing(DatabaseProvider provider)
    {
        Write("digest.txt", Digest);
        Write("geneva.html", GenevaPage);
        var digest = Path.Combine(_dir, "digest.txt");
        var page = Path.Combine(_dir, "geneva.html");
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = PipelineServices.Build(db, new ManualClock());
        var import = services.GetRequiredService<ImportFiles>();

        // Both together, then each alone in both orders, then both again: every later run finds nothing new.
        var first = await import.ImportAsync([digest, page], [], null, default);
        var text = await GenevaTextAsync(db);
        var runs = new List<ImportSummary>();
        Assert.Equal(Commentary, await GenevaCommentaryAsync(db));
        foreach (var files in new[] { [page], [digest], [page, digest], new[] { digest, page } })
        {
            runs.Add(await import.ImportAsync(files, [], null, default));
            Assert.Equal(text, await GenevaTextAsync(db));
            Assert.Equal(Commentary, await GenevaCommentaryAsync(db));
        }

        Assert.Equal(4, first.Imported); // three digest items, then the page's fuller text over the first
        Assert.All(runs, r => Assert.Equal(0, r.Imported));
        Assert.Contains("three hours", text, StringComparison.Ordinal);
        await using var context = db.CreateContext();
        Assert.Equal(3, await context.Articles.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Import_PageThenDigestSharingItsUrl_KeepsThePagesFullerTextAndTheDigestsCommentary(DatabaseProvider provider)
    {
        Write("digest.txt", Digest);
        Write("geneva.html", GenevaPage);
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = PipelineServices.Build(db, new ManualClock());
        var import = services.GetRequiredService<ImportFiles>();

        await import.ImportAsync([Path.Combine(_dir, "geneva.html")], [], null, default);
        var pageText = await GenevaTextAsync(db);
        var digest = await import.ImportAsync([Path.Combine(_dir, "digest.txt")], [], null, default);

        // Two new items, and the page's article updated with the digest's commentary only.
        Assert.Equal((3, 0), (digest.Imported, digest.Unchanged));
        Assert.Equal(pageText, await GenevaTextAsync(db));
        Assert.Equal(Commentary, await GenevaCommentaryAsync(db));

        // The page again: it has no commentary and does not erase the digest's.
        var again = await import.ImportAsync([Path.Combine(_dir, "geneva.html")], [], null, default);
        Assert.Equal((0, 1), (again.Imported, again.Unchanged));
        Assert.Equal(Commentary, await GenevaCommentaryAsync(db));
    }

    private const string Commentary = "Encouraging, but the agenda is thin.";

    private static async Task<string?> GenevaCommentaryAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return (await context.Articles.SingleAsync(a => a.Url == "https://meridian.example/2026/11/20/geneva")).Commentary;
    }

    private static async Task<string> GenevaTextAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return (await context.Articles.SingleAsync(a => a.Url == "https://meridian.example/2026/11/20/geneva")).Text;
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Import_ManyFiles_AreBatched_AndAllStored(DatabaseProvider provider)
    {
        var count = ImportFiles.BatchSize + 37;
        for (var i = 0; i < count; i++)
        {
            Write($"a{i:D4}.txt", $"Report number {i}\nhttps://ledger.example/{i}\n\nThe ministry published report {i} on Friday, covering the border.");
        }

        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = PipelineServices.Build(db, new ManualClock());
        var progress = new List<int>();
        var (files, missing) = ImportFiles.ExpandPaths([_dir]);
        var summary = await services.GetRequiredService<ImportFiles>().ImportAsync(files, missing, new SyncProgress(p => progress.Add(p.FilesDone)), default);

        Assert.Equal(count, summary.Imported);
        Assert.Empty(summary.Failures);
        Assert.Equal(Enumerable.Range(1, count), progress);
        await using var context = db.CreateContext();
        Assert.Equal(count, await context.Articles.CountAsync());
    }

    [Fact]
    public async Task Import_Cancelled_Throws_AndKeepsWhatWasStored()
    {
        Write("a.txt", "Title\n\nText of the first article.");
        await using var db = await TestDatabase.CreateAsync();
        await using var services = PipelineServices.Build(db, new ManualClock());
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var (files, missing) = ImportFiles.ExpandPaths([_dir]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.GetRequiredService<ImportFiles>().ImportAsync(files, missing, null, cts.Token));
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

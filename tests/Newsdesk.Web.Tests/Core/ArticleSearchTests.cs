using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Search;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Core;

/// <summary>Full-text search on both providers: phrases, exclusions, prefixes, outlet, dates, entity, highlighting, and the triggers that keep it current.</summary>
public sealed class ArticleSearchTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static async Task SeedAsync(NewsdeskDb db)
    {
        var ingestor = new ArticleIngestor(db, new ManualClock());
        await ingestor.IngestAsync(
        [
            Draft("https://a.example/1", "Loudspeakers removed at the border", "Soldiers removed the loudspeaker arrays near Paju on Saturday.", "Harbor Ledger", Day),
            Draft("https://b.example/2", "Air drills anger Pyongyang", "Kim Yo Jong called the drills reckless and vowed a response.", "Capital Wire", Day.AddDays(1)),
            Draft("https://c.example/3", "Border quiet after loudspeakers go", "The border was quiet as loudspeakers fell silent; drills were postponed.", "Capital Wire", Day.AddDays(2)),
            Draft("https://d.example/4", "Cost talks stall", "Negotiators failed to agree on troop costs.", "Peninsula Daily", Day.AddDays(3)),
        ], CancellationToken.None);
    }

    private static ArticleDraft Draft(string url, string title, string text, string outlet, DateTimeOffset at) => new()
    {
        Url = url, Title = title, Outlet = outlet, PublishedAt = at, Blocks = [Block.Paragraph(text)],
    };

    public static TheoryData<DatabaseProvider, string, string[]> Queries() => new()
    {
        { DatabaseProvider.Sqlite, "loudspeakers", ["https://a.example/1", "https://c.example/3"] },
        { DatabaseProvider.Sqlite, "\"fell silent\"", ["https://c.example/3"] },
        { DatabaseProvider.Sqlite, "\"silent fell\"", [] },
        { DatabaseProvider.Sqlite, "drills -postponed", ["https://b.example/2"] },
        { DatabaseProvider.Sqlite, "negot*", ["https://d.example/4"] },
        { DatabaseProvider.Sqlite, "loudspeakers outlet:\"capital wire\"", ["https://c.example/3"] },
        { DatabaseProvider.Sqlite, "drills from:2026-11-22 to:2026-11-22", ["https://c.example/3"] },
        { DatabaseProvider.Sqlite, "drills entity:\"Kim Yo Jong\"", ["https://b.example/2"] },
        { DatabaseProvider.Sqlite, "NOT AND \"(", [] },
        { DatabaseProvider.Postgres, "loudspeakers", ["https://a.example/1", "https://c.example/3"] },
        { DatabaseProvider.Postgres, "\"fell silent\"", ["https://c.example/3"] },
        { DatabaseProvider.Postgres, "drills -postponed", ["https://b.example/2"] },
        { DatabaseProvider.Postgres, "loudspeakers outlet:\"capital wire\"", ["https://c.example/3"] },
        { DatabaseProvider.Postgres, "drills from:2026-11-22 to:2026-11-22", ["https://c.example/3"] },
        { DatabaseProvider.Postgres, "drills entity:\"Kim Yo Jong\"", ["https://b.example/2"] },
    };

    [RequiresTheory]
    [MemberData(nameof(Queries))]
    public async Task Search_FindsWhatTheQuerySays(DatabaseProvider provider, string line, string[] expectedUrls)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            Requirements.Require(Component.Postgres);
        }

        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        await SeedAsync(context);
        var results = await new ArticleSearch(context).SearchAsync(SearchQuery.Parse(line) with { Order = SearchOrder.Newest }, CancellationToken.None);
        Assert.Null(results.Problem);
        Assert.Equal(expectedUrls.Reverse(), results.Hits.Select(h => h.Url));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Search_HighlightsMatches_AndFollowsEdits(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        await SeedAsync(context);
        var search = new ArticleSearch(context);

        var hit = Assert.Single((await search.SearchAsync(SearchQuery.Parse("negotiators"), CancellationToken.None)).Hits);
        Assert.Contains($"{HighlightMarks.Start}Negotiators{HighlightMarks.End}", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("Cost talks stall", HighlightMarks.Strip(hit.Title));

        var article = context.Articles.Single(a => a.Url == "https://d.example/4");
        article.Text = "Envoys agreed a framework on troop costs.";
        await context.SaveChangesAsync();
        Assert.Empty((await search.SearchAsync(SearchQuery.Parse("negotiators"), CancellationToken.None)).Hits);
        Assert.Single((await search.SearchAsync(SearchQuery.Parse("framework"), CancellationToken.None)).Hits);

        context.Articles.Remove(article);
        await context.SaveChangesAsync();
        Assert.Empty((await search.SearchAsync(SearchQuery.Parse("framework"), CancellationToken.None)).Hits);
    }

    /// <summary>
    /// A pickup whose original matches too is one result, the original's, naming the copy's outlet; a copy
    /// that alone matches (its original says something else), or that the filters keep apart from its
    /// original, stays a result of its own.
    /// </summary>
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Search_CopiesOfAMatchingOriginal_AreFoldedIntoIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        const string wire = "The navy tracked a submarine off the east coast on Monday, the joint chiefs said.";
        await new ArticleIngestor(context, new ManualClock()).IngestAsync(
        [
            Draft("https://wire.example/1", "Navy tracks submarine", wire, "Peninsula Wire", Day),
            Draft("https://ledger.example/1", "Navy tracks submarine off east coast", wire + " (Peninsula Wire)", "Harbor Ledger", Day.AddDays(1)),
            Draft("https://daily.example/1", "Submarine tracked", wire + " Fishing boats were told to stay in port.", "Northline Daily", Day.AddHours(1)),
            Draft("https://wire.example/2", "Talks on costs resume", "Negotiators met again on troop costs.", "Peninsula Wire", Day),
            Draft("https://daily.example/2", "Talks resume; submarine sighted", "Negotiators met again on troop costs. A submarine was sighted the same day.", "Northline Daily", Day.AddHours(3)),
        ], CancellationToken.None);
        var ids = context.Articles.ToDictionary(a => a.Url!, a => a);
        ids["https://ledger.example/1"].CopyOfId = ids["https://wire.example/1"].Id;
        ids["https://ledger.example/1"].CopyKind = CopyKind.Verbatim;
        ids["https://daily.example/1"].CopyOfId = ids["https://wire.example/1"].Id;
        ids["https://daily.example/1"].CopyKind = CopyKind.Edited;
        ids["https://daily.example/2"].CopyOfId = ids["https://wire.example/2"].Id;
        ids["https://daily.example/2"].CopyKind = CopyKind.Edited;
        await context.SaveChangesAsync();
        var search = new ArticleSearch(context);

        async Task<List<SearchHit>> Hits(SearchQuery q) => (await search.SearchAsync(q with { Order = SearchOrder.Newest }, CancellationToken.None)).Hits.ToList();

        var folded = await Hits(SearchQuery.Parse("submarine"));
        Assert.Equal(["https://daily.example/2", "https://wire.example/1"], folded.Select(h => h.Url));
        Assert.Equal(["Northline Daily", "Harbor Ledger"], folded[1].AlsoCarriedBy);
        Assert.Empty(folded[0].AlsoCarriedBy);

        var relevance = (await search.SearchAsync(SearchQuery.Parse("submarine"), CancellationToken.None)).Hits;
        Assert.Equal(2, relevance.Count);

        var each = await Hits(SearchQuery.Parse("submarine") with { Copies = true });
        Assert.Equal(4, each.Count);
        Assert.All(each, h => Assert.Empty(h.AlsoCarriedBy));

        Assert.Equal(["https://ledger.example/1"], (await Hits(SearchQuery.Parse("submarine outlet:\"harbor ledger\""))).Select(h => h.Url));
        // The next day's pickup is a result when the original's day is filtered out.
        var nextDay = DateOnly.FromDateTime(Day.UtcDateTime).AddDays(1);
        Assert.Equal(["https://ledger.example/1"], (await Hits(SearchQuery.Parse("submarine") with { From = nextDay, To = nextDay })).Select(h => h.Url));
    }

    [Theory]
    [InlineData("-only", "Add at least one word")]
    public async Task Search_OnlyExclusions_ExplainsWhy(string line, string message)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();
        var results = await new ArticleSearch(context).SearchAsync(SearchQuery.Parse(line), CancellationToken.None);
        Assert.Contains(message, results.Problem, StringComparison.Ordinal);
    }
}

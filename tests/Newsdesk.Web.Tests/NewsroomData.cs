using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests;

/// <summary>
/// A small beat for the web tests: sources with categories, stories of one to four articles
/// (originals and marked copies), quotes, and one hostile article whose text and commentary carry
/// script. Articles go through ArticleIngestor; stories and copies are set directly until the
/// clustering stage exists.
/// </summary>
public sealed record NewsroomData(IReadOnlyList<long> StoryIds, long HostileStoryId, long HostileArticleId, IReadOnlyList<long> QuoteIds)
{
    public const string HostileMarker = "window.__pwned";

    private static readonly (string Headline, string Keywords, (string Outlet, string Title, string Lead, string Quote, string Speaker)[] Articles)[] Stories =
    [
        ("Pyongyang dismantles border loudspeakers after Seoul's move", "loudspeakers, border, DMZ", [
            ("Harbor Ledger", "North takes down border loudspeakers days after the South", "Soldiers in the North removed several loudspeaker arrays along the frontier on Saturday, a week after the South finished clearing its own.", "We see this as a small but real signal", "Han Mi-rae"),
            ("Capital Wire", "North Korea removes loudspeakers along the frontier", "Soldiers in the North removed several loudspeaker arrays along the frontier on Saturday, a week after the South finished clearing its own.", "", ""),
            ("Peninsula Daily", "Loudspeakers come down on both sides of the DMZ", "Both militaries have now silenced the broadcasts that had blared across the demilitarised zone since spring.", "", ""),
        ]),
        ("Joint air drills draw warning from Pyongyang", "air drills, trilateral, warning", [
            ("Capital Wire", "Pyongyang warns over three-nation air exercise", "The North's defence ministry called the latest trilateral air exercise a rehearsal for invasion and promised a response.", "Every provocation will be answered in kind", "a ministry spokesman"),
            ("Eastern Monitor", "Trilateral air drill goes ahead despite threats", "Fighter jets from three countries flew over waters south of the peninsula on Friday in an exercise planned for months.", "", ""),
        ]),
        ("Seoul weighs burden-sharing demand from Washington", "defence costs, alliance, burden sharing", [
            ("Peninsula Daily", "Alliance cost talks resume under pressure", "Negotiators met for a second day as Washington pressed Seoul to pay more toward the upkeep of stationed troops.", "The number on the table is not a number we can accept", "Oh Jin-seok"),
            ("Harbor Ledger", "Defence cost talks: what each side wants", "Washington wants a sharp rise in Seoul's contribution; Seoul points to its purchases of equipment as a contribution already made.", "", ""),
            ("Eastern Monitor", "US presses Seoul on troop costs", "Negotiators met for a second day as Washington pressed Seoul to pay more toward the upkeep of stationed troops.", "", ""),
            ("Capital Wire", "Cost-sharing round ends without deal", "The round closed without agreement and a further meeting was pencilled in for next month.", "", ""),
        ]),
        ("Stealth drone programme unveiled for naval strikes", "drone, navy, stealth", [
            ("Eastern Monitor", "Navy shows stealth attack drone prototype", "The prototype is meant to fly from ships and strike targets in contested waters with little warning.", "It is designed for the places we cannot send pilots", "Cmdr. Yoon Dae-ho"),
        ]),
        ("Artillery shells shipped north, intelligence service says", "munitions, shells, Russia", [
            ("Harbor Ledger", "Millions of shells sent abroad, spy agency estimates", "The intelligence service told lawmakers that shipments had continued through the autumn by rail and by sea.", "The flow has not slowed", "Rep. Kang Soo-min"),
            ("Peninsula Daily", "Spy agency briefs lawmakers on arms shipments", "The intelligence service told lawmakers that shipments had continued through the autumn by rail and by sea.", "", ""),
        ]),
        ("Embassy reception marks treaty anniversary", "treaty, embassy, anniversary", [
            ("Capital Wire", "Envoys raise glasses to decades-old treaty", "Diplomats gathered at the embassy for a reception marking the anniversary of the friendship treaty.", "", ""),
        ]),
        ("Estimates of troops sent to Russia diverge", "troops, Russia, estimates", [
            ("Harbor Ledger", "Spy agency revises troop estimate", "North Korea has sent about 11,000 troops to Russia, the spy agency told lawmakers on Tuesday.", "", ""),
            ("Eastern Monitor", "Lawmaker cites higher troop figure", "North Korea has sent 15,000 troops to Russia, a lawmaker said after the briefing on Tuesday.", "", ""),
        ]),
        ("Security adviser rules out command-transfer talks", "wartime command, adviser, negotiations", [
            ("Peninsula Daily", "Command transfer not on the agenda, adviser says", "The national security adviser said the transfer of wartime command would not be part of the current negotiations.", "That question belongs to another day", "the national security adviser"),
            ("Eastern Monitor", "Adviser: no command talks this round", "The national security adviser said the transfer of wartime command would not be part of the current negotiations.", "", ""),
        ]),
    ];

    public static async Task<NewsroomData> SeedAsync(NewsdeskDb db, ManualClock clock)
    {
        var start = clock.GetUtcNow();
        var defense = new Source { Kind = SourceKind.Feed, Url = "https://feeds.example/defense.xml", Title = "Defense wire", Category = "Korea/Defense", CreatedAt = start, LastSuccessAt = start };
        var diplomacy = new Source { Kind = SourceKind.Feed, Url = "https://feeds.example/diplomacy.xml", Title = "Diplomacy desk", Category = "Korea/Diplomacy", CreatedAt = start, LastSuccessAt = start };
        var broken = new Source { Kind = SourceKind.Feed, Url = "https://feeds.example/broken.xml", Title = "Broken feed", Category = "Korea/Defense", CreatedAt = start, ErrorCount = 3, LastError = "HTTP 503 from feeds.example" };
        db.Sources.AddRange(defense, diplomacy, broken);
        await db.SaveChangesAsync();

        var ingestor = new ArticleIngestor(db, clock);
        var storyIds = new List<long>();
        var quoteIds = new List<long>();
        var n = 0;
        foreach (var (headline, keywords, articles) in Stories)
        {
            var story = new Story { Headline = headline, Keywords = keywords, FirstSeenAt = start.AddMinutes(-90 * n - 60), UpdatedAt = start.AddMinutes(-30 * n), ArticleCount = articles.Length };
            db.Stories.Add(story);
            await db.SaveChangesAsync();
            Article? original = null;
            var m = 0;
            foreach (var (outlet, title, lead, quote, speaker) in articles)
            {
                var slug = new string(title.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Replace(' ', '-');
                var blocks = new List<Block>
                {
                    Block.Paragraph(lead),
                    Block.Paragraph($"Officials familiar with the matter said more details would follow, and {outlet} will update this report."),
                };
                if (quote.Length > 0)
                {
                    blocks.Add(Block.Quote($"“{quote},” said {speaker}."));
                }

                const string background = "Background on the story is available from the ministry.";
                blocks.Add(new Block(BlockKind.Paragraph, background, 0, [new BlockLink(background.IndexOf("ministry", StringComparison.Ordinal), 8, "https://ministry.example/briefing")]));
                var result = await ingestor.IngestAsync(new ArticleDraft
                {
                    Url = $"https://{outlet.Replace(" ", "").ToLowerInvariant()}.example/{slug}",
                    Title = title,
                    Outlet = outlet,
                    Byline = m % 2 == 0 ? "Staff reporter" : null,
                    PublishedAt = story.FirstSeenAt.AddMinutes(25 * m),
                    Blocks = blocks,
                    SourceId = n % 2 == 0 ? defense.Id : diplomacy.Id,
                }, CancellationToken.None);
                var article = result.Article!;
                article.StoryId = story.Id;
                // As the clusterer scores joins: none for a story's first report; the round's end joined its story weakly.
                article.StoryScore = m == 0 ? null : title.StartsWith("Cost-sharing round ends", StringComparison.Ordinal) ? -1.2 : 3.0;
                if (original is not null && article.Text.StartsWith(original.Text[..40], StringComparison.Ordinal))
                {
                    article.CopyOfId = original.Id;
                    article.CopyKind = CopyKind.Edited;
                    article.VerbatimShare = 0.8;
                }

                original ??= article;
                if (quote.Length > 0)
                {
                    var q = new Quote { Kind = QuoteKind.Extracted, ArticleId = article.Id, Text = quote, Speaker = speaker, Outlet = outlet, Verified = true, TextHash = Guid.NewGuid().ToString("N"), CreatedAt = start };
                    db.Quotes.Add(q);
                    await db.SaveChangesAsync();
                    quoteIds.Add(q.Id);
                }

                m++;
            }

            await db.SaveChangesAsync();
            storyIds.Add(story.Id);
            n++;
        }

        var (hostileStory, hostileArticle) = await AddHostileAsync(db, ingestor, start);
        return new NewsroomData(storyIds, hostileStory, hostileArticle, quoteIds);
    }

    private static async Task<(long StoryId, long ArticleId)> AddHostileAsync(NewsdeskDb db, ArticleIngestor ingestor, DateTimeOffset start)
    {
        var story = new Story { Headline = "Drill schedule <script>window.__pwned=1</script> leaked", Keywords = "drill", FirstSeenAt = start.AddDays(-1), UpdatedAt = start.AddDays(-1), ArticleCount = 1 };
        db.Stories.Add(story);
        await db.SaveChangesAsync();
        var result = await ingestor.IngestAsync(new ArticleDraft
        {
            Url = "javascript:window.__pwned=1",
            Title = "Drill schedule <script>window.__pwned=1</script> leaked",
            Outlet = "Hostile <img src=x onerror=\"window.__pwned=1\"> Times",
            Commentary = "Curated note <script>window.__pwned=1</script>",
            PublishedAt = start.AddDays(-1),
            Blocks =
            [
                Block.Paragraph("A page that tried <script>window.__pwned=1</script> and <img src=x onerror=\"window.__pwned=1\"> inside its text."),
                new Block(BlockKind.Paragraph, "Click here for the schedule.", 0, [new BlockLink(6, 4, "javascript:window.__pwned=1")]),
            ],
        }, CancellationToken.None);
        result.Article!.StoryId = story.Id;
        await db.SaveChangesAsync();
        return (story.Id, result.Article.Id);
    }
}

using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Ranking;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Drafts the day's brief from stored articles: one item per story (an article no story holds
/// counts as one), ranked by the beat (<see cref="StoryRanker"/>), off-beat ones after the
/// on-beat ones, newest first, and stories told only in opinion pieces last; each item leads with an original article (never a copy) with its
/// curator commentary and shows the story's stored extractive summary, every sentence citing its
/// article (the view adds the story's outlets and disputed figures: <see cref="BriefQueries"/>).
/// Quotes of the day: see <see cref="QuotesForAsync"/>. A draft for the same day is redrafted; a
/// published brief is never touched.
/// </summary>
public sealed class DraftBrief(NewsdeskDb db, StoryRanker ranker, SummaryUpdater summaries, Publishing.BriefEditor editor, TimeProvider clock)
{
    /// <summary>The seed digest has 15 items; 25 leaves room for a busy day without an endless brief.</summary>
    public const int MaxItems = 25;

    /// <summary>Digests carry three quotes of the day; five allows a digest's plus a couple found in articles.</summary>
    public const int MaxQuotes = 5;

    /// <summary>The day (UTC) of the most recent stored article, the default brief date.</summary>
    public async Task<DateOnly?> LatestDayAsync(CancellationToken ct)
    {
        var latest = await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedAt ?? a.RetrievedAt)
            .Select(a => (DateTimeOffset?)(a.PublishedAt ?? a.RetrievedAt)).FirstOrDefaultAsync(ct);
        return latest is { } l ? DateOnly.FromDateTime(l.UtcDateTime) : null;
    }

    /// <summary>
    /// Drafts the brief for <paramref name="date"/> under the day's slug ("2026-11-21"): a draft of that
    /// slug is redrafted (its items and quotes replaced), a published one is left alone (the CLI's brief).
    /// </summary>
    public async Task<DraftBriefResult> DraftAsync(DateOnly date, CancellationToken ct)
    {
        var ranked = await RankAsync(date, ct);
        if (ranked.Count == 0)
        {
            return NoArticles(date);
        }

        var slug = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var brief = await db.Briefs.Include(b => b.Items).Include(b => b.Quotes).AsSplitQuery().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (brief is { Status: BriefStatus.Published })
        {
            return new DraftBriefResult(null, false, $"the brief for {slug} is already published");
        }

        // Summaries are brought up to date (and saved) before the brief is touched.
        await UpdateSummariesAsync(ranked, ct);
        var now = clock.GetUtcNow();
        var redrafted = brief is not null;
        if (brief is null)
        {
            brief = new Brief { Date = date, Slug = slug, CreatedAt = now, Status = BriefStatus.Draft, Version = 1 };
            db.Briefs.Add(brief);
        }
        else
        {
            db.BriefItems.RemoveRange(brief.Items);
            db.BriefQuotes.RemoveRange(brief.Quotes);
            brief.Items.Clear();
            brief.Quotes.Clear();
            brief.Version++;
        }

        brief.Title = "Daily brief";
        brief.UpdatedAt = now;
        await FillAsync(brief, ranked, ct);
        await db.SaveChangesAsync(ct);
        return new DraftBriefResult(brief, redrafted, null);
    }

    /// <summary>
    /// A new draft for <paramref name="date"/> (its own slug, as <see cref="Publishing.BriefEditor.CreateDraftAsync"/>
    /// gives one: "2026-11-21-2" when the day has a brief) filled with the day's stories and quotes as
    /// <see cref="DraftAsync"/> fills it; no other brief is touched (the newsroom's "New brief"). Nothing
    /// is created when no stored article is dated that day.
    /// </summary>
    public async Task<DraftBriefResult> DraftNewAsync(DateOnly date, string? title, CancellationToken ct)
    {
        var ranked = await RankAsync(date, ct);
        if (ranked.Count == 0)
        {
            return NoArticles(date);
        }

        await UpdateSummariesAsync(ranked, ct);
        var created = await editor.CreateDraftAsync(date, title, ct);
        // Read through this store's context, whichever context the editor saved with.
        var brief = await db.Briefs.Include(b => b.Items).Include(b => b.Quotes).AsSplitQuery().FirstAsync(b => b.Id == created.Id, ct);
        await FillAsync(brief, ranked, ct);
        brief.Version++;
        brief.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new DraftBriefResult(brief, false, null);
    }

    private static DraftBriefResult NoArticles(DateOnly date) => new(null, false, $"no stored articles are dated {date:yyyy-MM-dd}");

    /// <summary>
    /// The day's stories by the beat, at most <see cref="MaxItems"/>: a copy whose original is not among the
    /// day's articles is not news of the day, and stories told only in commentary come after the news, as
    /// editors order their briefs.
    /// </summary>
    private async Task<List<RankedStory>> RankAsync(DateOnly date, CancellationToken ct)
    {
        var (from, to) = BriefQueries.DayOf(date);
        return (await ranker.RankAsync(from, to, MaxItems * 2, includeOffBeat: true, ct))
            .Where(r => r.Lead.CopyOfId is null)
            .Take(MaxItems)
            .OrderBy(r => r.Lead.Genre == ArticleGenre.Opinion)
            .ToList();
    }

    private async Task UpdateSummariesAsync(List<RankedStory> ranked, CancellationToken ct)
    {
        await summaries.UpdateStoriesAsync(ranked.Where(r => r.StoryId is not null).Select(r => r.StoryId!.Value).ToList(), ct);
        await summaries.UpdateArticlesAsync(ranked.Where(r => r.StoryId is null).Select(r => r.Lead.Id).ToList(), ct);
    }

    /// <summary>Adds an item per ranked story, led by its original, and the quotes of the day, to a brief that has none.</summary>
    private async Task FillAsync(Brief brief, List<RankedStory> ranked, CancellationToken ct)
    {
        var (from, to) = BriefQueries.DayOf(brief.Date);
        for (var i = 0; i < ranked.Count; i++)
        {
            var a = ranked[i].Lead;
            brief.Items.Add(new BriefItem { Position = i + 1, ArticleId = a.Id, StoryId = a.StoryId, Commentary = CommentaryOf(ranked[i], from, to), ExcerptMode = ExcerptMode.Summary });
        }

        // Every article of the chosen stories: a digest's item may not be the one that leads its story.
        var quotes = await QuotesForAsync(ranked.SelectMany(r => r.Articles).ToList(), ct);
        for (var i = 0; i < quotes.Count; i++)
        {
            brief.Quotes.Add(new BriefQuote { QuoteId = quotes[i].Id, Position = i + 1 });
        }
    }

    /// <summary>
    /// The curator's commentary for a story's item: the lead's, else that of the story's first
    /// commented article of the day (a digest may comment on a follow-up that does not lead the story).
    /// </summary>
    private static string? CommentaryOf(RankedStory story, DateTimeOffset from, DateTimeOffset to) =>
        story.Lead.Commentary is { Length: > 0 } own ? own
        : story.Articles.Where(a => !string.IsNullOrWhiteSpace(a.Commentary) && StoryRanker.InWindow(a, from, to))
            .OrderBy(a => a.SortTime).ThenBy(a => a.Id).Select(a => a.Commentary).FirstOrDefault();

    /// <summary>
    /// Quotes of the day, at most <see cref="MaxQuotes"/>, one per wording (the same words reported
    /// by several outlets, or also curated, count once: <see cref="QuoteText.Normalize"/>):
    /// 1. the curated quotes of the digests the stories' articles were imported from, in digest order;
    /// 2. then quotes found verbatim in the stories' articles with a named speaker, earliest report first.
    /// </summary>
    private async Task<List<Quote>> QuotesForAsync(List<Article> articles, CancellationToken ct)
    {
        var files = articles.Select(a => FileOf(a.Origin)).OfType<string>().Distinct().Select(f => f + "#quotes").ToList();
        var reported = articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.SortTime);
        var ids = reported.Keys.ToList();
        var curated = await db.Quotes.AsNoTracking()
            .Where(q => q.Kind == QuoteKind.Curated && q.Origin != null && files.Contains(q.Origin))
            .OrderBy(q => q.Id).ToListAsync(ct);
        var found = (await db.Quotes.AsNoTracking()
                .Where(q => q.Kind == QuoteKind.Extracted && q.Verified && q.Speaker != null && q.ArticleId != null && ids.Contains(q.ArticleId.Value))
                .ToListAsync(ct))
            .Where(q => IsNamed(q.Speaker!))
            .OrderBy(q => reported[q.ArticleId!.Value]).ThenBy(q => q.Id);
        var chosen = new List<Quote>(MaxQuotes);
        var wordings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in curated.Concat(found))
        {
            if (chosen.Count == MaxQuotes)
            {
                break;
            }

            // Not TextHash: curated quotes store a shorter fingerprint of the same words.
            if (wordings.Add(QuoteText.Normalize(quote.Text)))
            {
                chosen.Add(quote);
            }
        }

        return chosen;
    }

    /// <summary>
    /// A speaker named as a person or body ("Han Jae-sung", "Joint Chiefs of Staff"): capitalised
    /// and of two words or more. The quote finder also attributes to descriptions ("the command",
    /// "the official") and cut titles ("Rep"), which tell a reader nothing.
    /// </summary>
    public static bool IsNamed(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length >= 2 && char.IsUpper(words[0][0]);
    }

    /// <summary>"file:PATH#3" is item 3 of the file PATH.</summary>
    private static string? FileOf(string? origin)
    {
        if (origin is null || !origin.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = origin.LastIndexOf('#');
        return hash > 0 ? origin[..hash] : origin;
    }
}

using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Drafts the day's brief from stored articles: the day's stories, most recent first (ranking
/// comes later), one article each with its curator commentary; quotes of the day from the digests those
/// articles came from, then quotes found in them. A draft for the same day is redrafted; a
/// published brief is never touched.
/// </summary>
public sealed class DraftBrief(NewsdeskDb db, TimeProvider clock)
{
    /// <summary>The seed digest has 15 items; 25 leaves room for a busy day without an endless brief.</summary>
    public const int MaxItems = 25;

    /// <summary>Articles of the day read to fill the brief: many share a story, which fills one item.</summary>
    private const int MaxArticlesRead = 1000;

    /// <summary>Digests carry three quotes of the day; five allows a digest's plus a couple found in articles.</summary>
    public const int MaxQuotes = 5;

    /// <summary>The day (UTC) of the most recent stored article, the default brief date.</summary>
    public async Task<DateOnly?> LatestDayAsync(CancellationToken ct)
    {
        var latest = await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedAt ?? a.RetrievedAt)
            .Select(a => (DateTimeOffset?)(a.PublishedAt ?? a.RetrievedAt)).FirstOrDefaultAsync(ct);
        return latest is { } l ? DateOnly.FromDateTime(l.UtcDateTime) : null;
    }

    public async Task<DraftBriefResult> DraftAsync(DateOnly date, CancellationToken ct)
    {
        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.CopyOfId == null)
            .Where(a => (a.PublishedAt >= from && a.PublishedAt < to) || (a.PublishedAt == null && a.RetrievedAt >= from && a.RetrievedAt < to))
            .OrderByDescending(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id)
            .Take(MaxArticlesRead)
            .ToListAsync(ct);
        articles = OnePerStory(articles).Take(MaxItems).ToList();
        if (articles.Count == 0)
        {
            return new DraftBriefResult(null, false, $"no stored articles are dated {date:yyyy-MM-dd}");
        }

        var slug = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var brief = await db.Briefs.Include(b => b.Items).Include(b => b.Quotes).AsSplitQuery().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (brief is { Status: BriefStatus.Published })
        {
            return new DraftBriefResult(null, false, $"the brief for {slug} is already published");
        }

        var now = clock.GetUtcNow();
        var redrafted = brief is not null;
        if (brief is null)
        {
            brief = new Brief { Date = date, Slug = slug, CreatedAt = now, Status = BriefStatus.Draft };
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
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            brief.Items.Add(new BriefItem { Position = i + 1, ArticleId = a.Id, StoryId = a.StoryId, Commentary = a.Commentary, ExcerptMode = ExcerptMode.Excerpt });
        }

        var quotes = await QuotesForAsync(articles, ct);
        for (var i = 0; i < quotes.Count; i++)
        {
            brief.Quotes.Add(new BriefQuote { QuoteId = quotes[i].Id, Position = i + 1 });
        }

        await db.SaveChangesAsync(ct);
        return new DraftBriefResult(brief, redrafted, null);
    }

    /// <summary>
    /// Each story once, where its most recent article of the day stands, told by the article the curator
    /// commented on, else by its first report of the day (the others are follow-ups the story page lists).
    /// Articles outside any story stand alone.
    /// </summary>
    private static IEnumerable<Article> OnePerStory(List<Article> mostRecentFirst)
    {
        var byStory = mostRecentFirst.Where(a => a.StoryId is not null).GroupBy(a => a.StoryId!.Value)
            .ToDictionary(g => g.Key, g => g.FirstOrDefault(a => a.Commentary is not null) ?? g.Last());
        var told = new HashSet<long>();
        foreach (var a in mostRecentFirst)
        {
            if (a.StoryId is not { } story)
            {
                yield return a;
            }
            else if (told.Add(story))
            {
                yield return byStory[story];
            }
        }
    }

    /// <summary>Curated quotes from the files the day's articles were imported from, then quotes found in the articles.</summary>
    private async Task<List<Quote>> QuotesForAsync(List<Article> articles, CancellationToken ct)
    {
        var files = articles.Select(a => FileOf(a.Origin)).OfType<string>().Distinct().Select(f => f + "#quotes").ToList();
        var ids = articles.Select(a => a.Id).ToList();
        var curated = await db.Quotes.AsNoTracking()
            .Where(q => q.Kind == QuoteKind.Curated && q.Origin != null && files.Contains(q.Origin))
            .OrderBy(q => q.Id).Take(MaxQuotes).ToListAsync(ct);
        var found = await db.Quotes.AsNoTracking()
            .Where(q => q.Kind == QuoteKind.Extracted && q.ArticleId != null && ids.Contains(q.ArticleId.Value))
            .OrderBy(q => q.Id).Take(MaxQuotes - curated.Count).ToListAsync(ct);
        return [.. curated, .. found];
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

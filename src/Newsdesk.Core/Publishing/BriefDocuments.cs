using System.Text;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Publishing;

/// <summary>Loads briefs as <see cref="BriefDocument"/>s.</summary>
public static class BriefDocuments
{
    // An excerpt is the opening of the article, cut at a sentence end near this many words.
    private const int ExcerptWords = 90;

    public static async Task<BriefDocument?> LoadAsync(this NewsdeskDb db, long briefId, CancellationToken ct) =>
        await LoadAsync(db, db.Briefs.Where(b => b.Id == briefId), ct);

    public static async Task<BriefDocument?> LoadPublishedAsync(this NewsdeskDb db, string slug, CancellationToken ct) =>
        await LoadAsync(db, db.Briefs.Where(b => b.Slug == slug && b.Status == BriefStatus.Published), ct);

    /// <summary>The latest published briefs, newest first (for feeds and the archive index).</summary>
    public static async Task<IReadOnlyList<BriefDocument>> LoadLatestPublishedAsync(this NewsdeskDb db, int count, CancellationToken ct)
    {
        var ids = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.PublishedAt).ThenByDescending(b => b.Id).Select(b => b.Id).Take(count).ToListAsync(ct);
        var docs = new List<BriefDocument>(ids.Count);
        foreach (var id in ids)
        {
            if (await LoadAsync(db, id, ct) is { } doc)
            {
                docs.Add(doc);
            }
        }

        return docs;
    }

    private static async Task<BriefDocument?> LoadAsync(NewsdeskDb db, IQueryable<Brief> query, CancellationToken ct)
    {
        var brief = await query.AsNoTracking()
            .Include(b => b.Items).ThenInclude(i => i.Article)
            .Include(b => b.Items).ThenInclude(i => i.Story)
            .Include(b => b.Quotes).ThenInclude(q => q.Quote)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (brief is null)
        {
            return null;
        }

        var summaries = await db.ItemSummariesAsync(brief.Items, ct);
        var items = brief.Items.OrderBy(i => i.Position).ThenBy(i => i.Id).Select((item, n) => ToItem(item, n + 1, summaries.GetValueOrDefault(item.Id))).ToList();
        var quotes = brief.Quotes.Where(q => q.Quote is not null).OrderBy(q => q.Position)
            .Select(q => new BriefDocumentQuote(q.QuoteId, q.Quote!.Text, q.Quote.Speaker, q.Quote.SpeakerRole, q.Quote.Outlet)).ToList();
        return new BriefDocument(brief.Id, brief.Title, brief.Date, brief.Slug, brief.Intro, brief.Status, brief.PublishedAt, brief.UpdatedAt, brief.Version, quotes, items);
    }

    private static BriefDocumentItem ToItem(BriefItem item, int number, IReadOnlyList<CitedSentence>? summary)
    {
        var a = item.Article;
        var headline = item.Headline ?? a?.Title ?? item.Story?.Headline ?? "(article removed)";
        return new BriefDocumentItem(
            item.Id, number, headline, item.Commentary, a?.Outlet, a?.Byline, a?.PublishedAt ?? a?.RetrievedAt,
            WebLinks.SafeOrNull(a?.Url), item.ExcerptMode, summary is { Count: > 0 } ? Cited(summary) : a is null ? [] : Excerpt(a, item.ExcerptMode), item.ArticleId, item.StoryId);
    }

    /// <summary>A stored summary as one paragraph, each run of sentences followed by its source: "... (Yonhap) ... (NK News)".</summary>
    private static IReadOnlyList<string> Cited(IReadOnlyList<CitedSentence> summary) =>
        [string.Join(' ', BriefFormat.Citations(summary).Select(c => $"{c.Text} ({c.Source})"))];

    /// <summary>
    /// The paragraphs shown under an item. Summary mode shows the stored extractive summary with its
    /// sources (see <see cref="Cited"/>) and falls back to the lead's first two sentences for an
    /// article stored before summaries were; excerpt mode the opening paragraphs.
    /// </summary>
    public static IReadOnlyList<string> Excerpt(Article article, ExcerptMode mode)
    {
        if (mode == ExcerptMode.None)
        {
            return [];
        }

        var prose = ArticleBody.Prose(article.Blocks).Select(b => b.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (prose.Count == 0 && article.Text.Length > 0)
        {
            prose = article.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        if (mode == ExcerptMode.Summary)
        {
            var lead = string.Join(' ', prose.Take(2));
            return lead.Length == 0 ? [] : [FirstSentences(lead, 2)];
        }

        var result = new List<string>();
        var words = 0;
        foreach (var p in prose)
        {
            var count = p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > 0 && words + count > ExcerptWords)
            {
                break;
            }

            result.Add(words + count > ExcerptWords * 2 ? FirstSentences(p, 3) : p);
            words += count;
        }

        return result;
    }

    private static string FirstSentences(string text, int count)
    {
        var sb = new StringBuilder();
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ') && ++found == count)
            {
                break;
            }
        }

        return sb.ToString().Trim();
    }
}

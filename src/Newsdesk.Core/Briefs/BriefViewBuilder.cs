using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Briefs;

/// <summary>Builds the view the renderers format from a stored brief loaded with its items' articles and stories and its quotes.</summary>
public static class BriefViewBuilder
{
    /// <summary>Shown for an item whose article was deleted and that has no headline of its own, so the composer can still remove it.</summary>
    public const string MissingHeadline = "(article removed)";

    /// <summary>
    /// <paramref name="details"/> holds, by item id, what the store adds to an item (see
    /// <see cref="BriefItemDetails"/>); a summary-mode item with a stored summary shows it instead
    /// of the lead's sentences.
    /// </summary>
    public static BriefView From(Brief brief, IReadOnlyDictionary<long, BriefItemDetails>? details = null)
    {
        var items = new List<BriefItemView>(brief.Items.Count);
        foreach (var item in brief.Items.OrderBy(i => i.Position).ThenBy(i => i.Id))
        {
            var article = item.Article;
            var more = details?.GetValueOrDefault(item.Id) ?? BriefItemDetails.None;
            var summary = item.ExcerptMode == ExcerptMode.Summary ? more.Summary : [];
            items.Add(new BriefItemView(
                items.Count + 1,
                item.Headline ?? article?.Title ?? item.Story?.Headline ?? MissingHeadline,
                article?.Outlet,
                article?.Byline,
                article?.PublishedAt,
                BriefFormat.SafeUrl(article?.Url),
                item.Commentary,
                article is null || summary.Count > 0 ? [] : BriefExcerpt.For(article.Blocks, item.ExcerptMode))
            {
                Summary = summary,
                OriginalOutlet = more.OriginalOutlet,
                AlsoCarriedBy = more.AlsoCarriedBy,
                AlsoReportedBy = more.AlsoReportedBy,
                Figures = more.Figures,
                ItemId = item.Id,
                ArticleId = item.ArticleId,
                StoryId = item.StoryId,
                ExcerptMode = item.ExcerptMode,
                Genre = article?.Genre ?? ArticleGenre.Report,
            });
        }

        var quotes = brief.Quotes.Where(q => q.Quote is not null).OrderBy(q => q.Position)
            .Select(q => new BriefQuoteView(q.Quote!.Text, q.Quote.Speaker, q.Quote.SpeakerRole) { QuoteId = q.QuoteId, Outlet = q.Quote.Outlet })
            .ToList();
        return new BriefView(brief.Title, brief.Date, brief.Intro, quotes, items)
        {
            Id = brief.Id,
            Slug = brief.Slug,
            Status = brief.Status,
            PublishedAt = brief.PublishedAt,
            UpdatedAt = brief.UpdatedAt,
            Version = brief.Version,
        };
    }
}

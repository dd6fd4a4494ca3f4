using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs;

/// <summary>Builds the view the renderers format from a stored brief, its articles and its quotes.</summary>
public static class BriefViewBuilder
{
    /// <summary>
    /// <paramref name="summaries"/> holds, by item id, the stored summary an item in summary mode
    /// shows (its story's, else its article's); an item without one shows its excerpt.
    /// <paramref name="carriers"/> holds, by article id, the outlets that carried copies of it.
    /// </summary>
    public static BriefView From(
        Brief brief,
        IReadOnlyDictionary<long, Article> articles,
        IReadOnlyDictionary<long, Quote> quotes,
        IReadOnlyDictionary<long, IReadOnlyList<CitedSentence>>? summaries = null,
        IReadOnlyDictionary<long, List<string>>? carriers = null)
    {
        var items = new List<BriefItemView>();
        foreach (var item in brief.Items.OrderBy(i => i.Position))
        {
            var article = item.ArticleId is long id && articles.TryGetValue(id, out var a) ? a : null;
            if (article is null && item.Headline is null)
            {
                continue;
            }

            var summary = item.ExcerptMode == ExcerptMode.Summary && summaries?.GetValueOrDefault(item.Id) is { Count: > 0 } s ? s : null;
            var excerpt = item.ExcerptMode == ExcerptMode.None || article is null || summary is not null ? [] : BriefExcerpt.Of(article.Blocks);
            items.Add(new BriefItemView(
                items.Count + 1,
                item.Headline ?? article!.Title,
                article?.Outlet,
                article?.Byline,
                article?.PublishedAt,
                article?.Url,
                item.Commentary,
                excerpt,
                summary,
                article is null ? null : carriers?.GetValueOrDefault(article.Id)));
        }

        var quoteViews = brief.Quotes.OrderBy(q => q.Position)
            .Select(q => quotes.TryGetValue(q.QuoteId, out var quote) ? new BriefQuoteView(quote.Text, quote.Speaker, quote.SpeakerRole) : null)
            .OfType<BriefQuoteView>()
            .ToList();
        return new BriefView(brief.Title, brief.Date, brief.Intro, quoteViews, items);
    }
}

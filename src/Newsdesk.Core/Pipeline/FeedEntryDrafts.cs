using System.Security.Cryptography;
using System.Text;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>Maps a parsed feed entry to an article draft: identity (guid), metadata, and its text as blocks.</summary>
public static class FeedEntryDrafts
{
    /// <summary>
    /// An entry whose text is shorter than this is a teaser and its page is fetched for the full
    /// article. Full-text feeds carry whole articles (hundreds of words); teaser feeds carry one to
    /// three sentences, which stay well under 80 words.
    /// </summary>
    public const int TeaserMaxWords = 80;

    /// <summary>The entry's identity within its source: its id, else its link, else a hash of title and date.</summary>
    public static string GuidOf(FeedEntry entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Id))
        {
            return entry.Id.Trim();
        }

        if (!string.IsNullOrWhiteSpace(entry.Link))
        {
            return entry.Link.Trim();
        }

        var seed = (entry.Title?.Value ?? "") + "\n" + (entry.Published?.Text ?? entry.Updated?.Text ?? "") + "\n" + (entry.Summary?.Value ?? "");
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..32];
    }

    public static ArticleDraft ToDraft(FeedEntry entry, string guid, Source source, ParsedFeed feed, Uri? feedUrl)
    {
        var text = entry.Content ?? entry.Summary;
        var blocks = text is null ? [] : BlocksOf(text);
        return new ArticleDraft
        {
            Url = Absolute(entry.Link, feedUrl),
            Title = entry.Title is { } t ? PlainText(t) : "",
            Byline = Byline(entry),
            Outlet = source.Outlet ?? (feed.Title is { } ft ? PlainText(ft) : null) ?? source.Title,
            PublishedAt = entry.Published?.Value ?? entry.Updated?.Value,
            ModifiedAt = entry.Updated?.Value,
            Language = entry.Language ?? feed.Language,
            Section = entry.Categories.FirstOrDefault()?.Label ?? entry.Categories.FirstOrDefault()?.Term,
            LeadImageUrl = Absolute(entry.Image?.Url ?? entry.Media.FirstOrDefault(m => m.Medium == "image")?.Url, feedUrl),
            Blocks = blocks,
            FeedGuid = guid,
            SourceId = source.Id,
            Origin = source.Url,
        };
    }

    /// <summary>True when the draft carries a teaser rather than the article, and has a link to read it at.</summary>
    public static bool IsTeaser(ArticleDraft draft) =>
        draft.Url is not null && ArticleBody.CountWords(draft.Blocks) < TeaserMaxWords;

    private static IReadOnlyList<Block> BlocksOf(FeedText text) =>
        text.IsMarkup ? HtmlBlocks.FromHtml(text.Value) : HtmlBlocks.FromText(text.Value);

    private static string PlainText(FeedText text) =>
        text.IsMarkup ? string.Join(" ", HtmlBlocks.FromHtml(text.Value).Select(b => b.Text)) : text.Value.Trim();

    private static string? Byline(FeedEntry entry)
    {
        var names = entry.Authors.Select(a => a.Name ?? a.Email).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct().ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Absolute(string? link, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" ? absolute.ToString() : null;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, link.Trim(), out var resolved) ? resolved.ToString() : null;
    }
}

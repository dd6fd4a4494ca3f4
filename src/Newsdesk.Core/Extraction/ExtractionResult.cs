using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Extraction;

/// <summary>An article read from a page: its body as blocks and the metadata the page states.</summary>
public sealed record ExtractionResult
{
    public static readonly ExtractionResult Empty = new();

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public string? Title { get; init; }

    public IReadOnlyList<string> Bylines { get; init; } = [];

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public string? SiteName { get; init; }

    /// <summary>The page's own canonical link (rel=canonical, og:url, JSON-LD url), absolute http(s).</summary>
    public string? CanonicalUrl { get; init; }

    public string? LeadImageUrl { get; init; }

    /// <summary>BCP 47 tag as the page declares it ("en", "en-US", "pt-BR").</summary>
    public string? Language { get; init; }

    public string? Section { get; init; }

    /// <summary>The schema.org type of the page's article object ("NewsArticle", "OpinionNewsArticle").</summary>
    public string? SchemaType { get; init; }

    public string? Description { get; init; }

    /// <summary>Why nothing could be read (not HTML, binary content), or null.</summary>
    public string? Error { get; init; }

    /// <summary>True when the page yielded no body text.</summary>
    public bool IsEmpty => Blocks.Count == 0;

    public static ExtractionResult Failed(string error) => new() { Error = error };

    /// <summary>
    /// The result as an article draft for <see cref="ArticleIngestor"/>. The page's title wins;
    /// without one, the first words of the body stand in, and "(untitled)" for an empty page.
    /// </summary>
    public ArticleDraft ToDraft(string? url, string? origin = null, long? sourceId = null) => new()
    {
        Url = url ?? CanonicalUrl,
        CanonicalUrl = CanonicalUrl,
        Title = Title ?? FallbackTitle(),
        Byline = Bylines.Count == 0 ? null : string.Join(", ", Bylines),
        Outlet = SiteName,
        PublishedAt = Published,
        ModifiedAt = Modified,
        Language = Language,
        Section = Section,
        Genre = ArticleGenres.FromSchemaType(SchemaType),
        LeadImageUrl = LeadImageUrl,
        Blocks = Blocks,
        Origin = origin,
        SourceId = sourceId,
    };

    private string FallbackTitle()
    {
        var first = ArticleBody.Prose(Blocks).FirstOrDefault()?.Text;
        if (string.IsNullOrEmpty(first))
        {
            return "(untitled)";
        }

        const int MaxFallbackTitleChars = 80;
        if (first.Length <= MaxFallbackTitleChars)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxFallbackTitleChars - 1);
        return first[..(cut > 20 ? cut : MaxFallbackTitleChars)] + "\u2026";
    }
}

using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Quotes;

/// <summary>Where a quote record came from.</summary>
public enum QuoteKind
{
    /// <summary>Found in an article's text and checked verbatim against it.</summary>
    Extracted = 0,

    /// <summary>Picked by a curator ("quotes of the day" in an imported digest).</summary>
    Curated = 1,
}

/// <summary>A quotation with its speaker.</summary>
public sealed class Quote
{
    public long Id { get; set; }

    public QuoteKind Kind { get; set; }

    public long? ArticleId { get; set; }

    public Article? Article { get; set; }

    public string Text { get; set; } = "";

    public string? Speaker { get; set; }

    /// <summary>The speaker's role or title as the text gives it ("Russian Foreign Minister").</summary>
    public string? SpeakerRole { get; set; }

    public string? Outlet { get; set; }

    /// <summary>True when the text was found verbatim in the article it is attributed to.</summary>
    public bool Verified { get; set; }

    /// <summary>Identity for idempotent imports and cross-outlet grouping (normalised text hash).</summary>
    public string TextHash { get; set; } = "";

    public string? Origin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

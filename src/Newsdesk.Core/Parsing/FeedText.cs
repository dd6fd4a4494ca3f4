namespace Newsdesk.Core.Parsing;

/// <summary>
/// A piece of feed text (title, summary, content, rights): its value, its normalised media type
/// (<c>text/plain</c>, <c>text/html</c>, <c>application/xhtml+xml</c>, or another type for content
/// given by reference), the language and base URI in force where it was written.
/// HTML values are kept as the feed wrote them (relative URIs resolved) and are never emitted raw:
/// later stages convert them to blocks.
/// </summary>
public sealed record FeedText(string Value, string ContentType, string? Language = null, string? Base = null, string? Source = null)
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Xhtml = "application/xhtml+xml";

    /// <summary>True when <see cref="Value"/> is markup rather than plain text.</summary>
    public bool IsMarkup => ContentType is Html or Xhtml;
}

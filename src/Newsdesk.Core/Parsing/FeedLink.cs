namespace Newsdesk.Core.Parsing;

/// <summary>A link of a feed or entry: an absolute URL when a base was known, its relation and hints.</summary>
public sealed record FeedLink(string Href, string Rel, string? Type = null, string? Title = null, string? HrefLang = null, long? Length = null)
{
    public const string Alternate = "alternate";
    public const string Enclosure = "enclosure";
    public const string Self = "self";
}

namespace Newsdesk.Core.Parsing.Opml;

/// <summary>
/// One OPML outline: a subscription (it has an <see cref="XmlUrl"/>) or a folder of outlines.
/// Attributes Newsdesk does not interpret are kept in document order so an import/export round
/// trip loses nothing.
/// </summary>
public sealed class OpmlOutline
{
    /// <summary>The displayed name (OPML "text"; required by the spec, often the only title).</summary>
    public string? Text { get; set; }

    public string? Title { get; set; }

    /// <summary>"rss" for subscriptions, usually; folders have none.</summary>
    public string? Type { get; set; }

    public string? XmlUrl { get; set; }

    public string? HtmlUrl { get; set; }

    /// <summary>Other attributes (description, language, category, vendor extensions), in document order.</summary>
    public List<KeyValuePair<string, string>> OtherAttributes { get; } = [];

    public List<OpmlOutline> Children { get; } = [];

    /// <summary>True for a subscription, false for a folder.</summary>
    public bool IsFeed => !string.IsNullOrWhiteSpace(XmlUrl);

    /// <summary>The best display name: title, then text, then the feed URL.</summary>
    public string? DisplayName => !string.IsNullOrWhiteSpace(Title) ? Title : !string.IsNullOrWhiteSpace(Text) ? Text : XmlUrl;

    /// <summary>Every subscription below this outline with the folder path that leads to it.</summary>
    public IEnumerable<(IReadOnlyList<string> Folders, OpmlOutline Feed)> Feeds() => OpmlDocument.Walk(Children, []);
}

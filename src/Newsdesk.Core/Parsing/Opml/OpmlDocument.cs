namespace Newsdesk.Core.Parsing.Opml;

/// <summary>An OPML subscription list: head metadata and nested outlines (folders and feeds).</summary>
public sealed class OpmlDocument
{
    /// <summary>The opml version attribute ("1.0", "2.0"); written back as read, "2.0" for new documents.</summary>
    public string Version { get; set; } = "2.0";

    public string? Title { get; set; }

    public string? DateCreated { get; set; }

    public string? DateModified { get; set; }

    public string? OwnerName { get; set; }

    public string? OwnerEmail { get; set; }

    /// <summary>Other head elements (ownerId, docs, expansionState...) as name/text pairs, in order.</summary>
    public List<KeyValuePair<string, string>> OtherHead { get; } = [];

    public List<OpmlOutline> Outlines { get; } = [];

    /// <summary>Every subscription with the folder path (outer first) that leads to it.</summary>
    public IEnumerable<(IReadOnlyList<string> Folders, OpmlOutline Feed)> Feeds() => Walk(Outlines, []);

    internal static IEnumerable<(IReadOnlyList<string> Folders, OpmlOutline Feed)> Walk(List<OpmlOutline> outlines, IReadOnlyList<string> folders)
    {
        foreach (var outline in outlines)
        {
            if (outline.IsFeed)
            {
                yield return (folders, outline);
            }

            if (outline.Children.Count > 0)
            {
                var path = outline.IsFeed ? folders : [.. folders, outline.DisplayName ?? ""];
                foreach (var nested in Walk(outline.Children, path))
                {
                    yield return nested;
                }
            }
        }
    }
}

using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Publishing.Feeds;

/// <summary>
/// What a feed of published briefs says about itself. <see cref="BaseUrl"/> is the public site root
/// ("https://desk.example/"); entries link to "{BaseUrl}archive/{slug}".
/// </summary>
public sealed record FeedChannel(string Title, Uri BaseUrl, string? Description = null)
{
    public Uri ArchiveUrl => new(BaseUrl, "archive");

    public Uri BriefUrl(BriefView brief) => new(BaseUrl, "archive/" + Uri.EscapeDataString(brief.Slug));

    public Uri FeedUrl(string path) => new(BaseUrl, path);

    /// <summary>A stable entry id that survives a change of host name (RFC 4151 tag URI).</summary>
    public static string EntryId(BriefView brief) =>
        $"tag:newsdesk,{brief.Date:yyyy-MM-dd}:brief/{brief.Id}";

    /// <summary>When an entry last changed: publication, or a later correction.</summary>
    public static DateTimeOffset Updated(BriefView brief) =>
        brief.PublishedAt is { } p && p > brief.UpdatedAt ? p : brief.UpdatedAt;
}

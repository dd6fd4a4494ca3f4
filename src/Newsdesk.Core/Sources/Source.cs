namespace Newsdesk.Core.Sources;

/// <summary>What a source is: a feed, a web page to watch, or an outlet known only by name.</summary>
public enum SourceKind
{
    Feed = 0,
    Page = 1,
    Outlet = 2,
}

/// <summary>A subscription (feed or page) or a named outlet, with its fetch health and schedule.</summary>
public sealed class Source
{
    public long Id { get; set; }

    public SourceKind Kind { get; set; }

    /// <summary>The feed or page URL; unique when present.</summary>
    public string? Url { get; set; }

    /// <summary>The publisher's home page.</summary>
    public string? SiteUrl { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The outlet name articles from this source carry when their page names none.</summary>
    public string? Outlet { get; set; }

    /// <summary>OPML category path ("Korea/Defense").</summary>
    public string? Category { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    public DateTimeOffset? NextCheckAt { get; set; }

    /// <summary>Consecutive failures; reset by a success.</summary>
    public int ErrorCount { get; set; }

    public string? LastError { get; set; }

    public bool Disabled { get; set; }

    public string? DisabledReason { get; set; }

    /// <summary>Current adaptive interval between checks, in minutes.</summary>
    public int? CheckIntervalMinutes { get; set; }

    /// <summary>CSS selectors of the elements that hold the article on this site's pages.</summary>
    public string? KeepSelectors { get; set; }

    /// <summary>CSS selectors of elements to drop before extraction on this site's pages.</summary>
    public string? RemoveSelectors { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The worker checking this source now ("host:pid:n"), or null; see <see cref="Pipeline.SourceLeases"/>.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the current check's claim runs out; after it, any worker may take the source over.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Copies the editor's changes (<see cref="SourceEdit"/>) onto the source, trimmed, blanks as null.</summary>
    public void Apply(SourceEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        Title = edit.Title.Trim();
        Category = Blank(edit.Category);
        Tags = SourceEdit.CleanTags(edit.Tags);
        KeepSelectors = Blank(edit.KeepSelectors);
        RemoveSelectors = Blank(edit.RemoveSelectors);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

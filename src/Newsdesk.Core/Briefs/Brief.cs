namespace Newsdesk.Core.Briefs;

public enum BriefStatus
{
    Draft = 0,
    Published = 1,
}

/// <summary>A daily brief: intro, quotes of the day and numbered items.</summary>
public sealed class Brief
{
    public long Id { get; set; }

    /// <summary>The day the brief covers.</summary>
    public DateOnly Date { get; set; }

    public string Title { get; set; } = "";

    public string? Intro { get; set; }

    public BriefStatus Status { get; set; }

    /// <summary>Stable public path segment of the published brief ("2026-11-22").</summary>
    public string Slug { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Incremented on every save; two editors saving the same version conflict instead of overwriting.</summary>
    public int Version { get; set; }

    /// <summary>
    /// The brief as its readers got it (its rendered view as JSON, <see cref="BriefEditions"/>), fixed when
    /// it is published and again at each correction after that: the archive, the feeds and the mail show
    /// this edition, not the stories as they have grown since. Null for drafts (and for briefs published
    /// before editions were kept, which are shown from the store as it is now).
    /// </summary>
    public string? Edition { get; set; }

    public List<BriefItem> Items { get; set; } = [];

    public List<BriefQuote> Quotes { get; set; } = [];
}

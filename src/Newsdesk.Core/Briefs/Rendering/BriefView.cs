namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>
/// Everything a brief renderer shows, already chosen and ordered; renderers only format it. The
/// identity and version fields serve the composer, the API and the feeds (entry ids, dates).
/// </summary>
public sealed record BriefView(string Title, DateOnly Date, string? Intro, IReadOnlyList<BriefQuoteView> Quotes, IReadOnlyList<BriefItemView> Items)
{
    public long Id { get; init; }

    /// <summary>The public path segment of the brief once published ("2026-11-22").</summary>
    public string Slug { get; init; } = "";

    public BriefStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The version a composer save must quote (optimistic concurrency).</summary>
    public int Version { get; init; }
}

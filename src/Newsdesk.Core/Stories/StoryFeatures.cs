namespace Newsdesk.Core.Stories;

/// <summary>An article reduced to what clustering compares: counted features, its title and its time.</summary>
public sealed class StoryFeatures(string title, DateTimeOffset? time, IReadOnlyList<Feature> features, bool opinion = false, long id = 0)
{
    /// <summary>The article's <see cref="StoryDocument.Id"/>.</summary>
    public long Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>Commentary (<see cref="StoryDocument.Opinion"/>): its title is a headline candidate after the reports'.</summary>
    public bool Opinion { get; } = opinion;

    public DateTimeOffset? Time { get; } = time;

    public IReadOnlyList<Feature> Features { get; } = features;
}

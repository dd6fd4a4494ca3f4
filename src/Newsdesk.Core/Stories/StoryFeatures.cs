namespace Newsdesk.Core.Stories;

/// <summary>An article reduced to what clustering compares: counted features, its title and its time.</summary>
public sealed class StoryFeatures(string title, DateTimeOffset? time, IReadOnlyList<Feature> features)
{
    public string Title { get; } = title;

    public DateTimeOffset? Time { get; } = time;

    public IReadOnlyList<Feature> Features { get; } = features;
}

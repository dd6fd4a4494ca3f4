namespace Newsdesk.Core.Stories;

/// <summary>
/// Clusters a stream of documents with no store behind it (batch evaluation, `newsdesk cluster`):
/// the same <see cref="StoryClusterer"/> as live ingestion, with story ids counted from 1.
/// </summary>
public sealed class StoryStream(StoryClusteringOptions options)
{
    private long _lastId;

    public StoryClusterer Clusterer { get; } = new(options);

    /// <summary>Stories started so far.</summary>
    public long StoryCount => _lastId;

    /// <summary>The story id of the next document, in stream order.</summary>
    public long Assign(StoryDocument document)
    {
        var id = Assign(StoryFeatureExtractor.Extract(document, Clusterer.Options), out var match);
        Clusterer.Add(match, id);
        return id;
    }

    /// <summary>The story id for already extracted features, without adding them (the caller adds <paramref name="match"/>).</summary>
    public long Assign(StoryFeatures features, out StoryMatch match)
    {
        match = Clusterer.FindStory(features);
        return match.StoryId ?? ++_lastId;
    }
}

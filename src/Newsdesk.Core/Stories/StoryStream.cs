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
        var match = Clusterer.FindStory(StoryFeatureExtractor.Extract(document, Clusterer.Options));
        var id = match.StoryId ?? ++_lastId;
        Clusterer.Add(match, id);
        return id;
    }
}

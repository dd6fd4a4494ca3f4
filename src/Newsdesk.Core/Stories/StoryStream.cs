using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Newsdesk.Core.Stories;

/// <summary>
/// Clusters a stream of documents with no store behind it (batch evaluation, `newsdesk cluster`):
/// the same <see cref="StoryClusterer"/> as live ingestion, with story ids counted from 1. Documents
/// are known by their position in the stream (from 1): when an article splits a story, the earlier
/// article that moves into its new story with it is given by position (<see cref="StreamAssignment{T}.Moved"/>).
/// </summary>
public sealed class StoryStream(StoryClusteringOptions options)
{
    private long _position;

    /// <summary>Documents read and extracted ahead of the clusterer at most.</summary>
    private const int Lookahead = 256;

    private long _lastId;

    public StoryClusterer Clusterer { get; } = new(options);

    /// <summary>Stories started so far.</summary>
    public long StoryCount => _lastId;

    /// <summary>The story id of the next document, in stream order.</summary>
    public long Assign(StoryDocument document) => Assign(document, out _);

    /// <summary>
    /// The story id of the next document, in stream order; <paramref name="moved"/> is the position of the
    /// earlier document that moved into the same (new) story, when the document split one.
    /// </summary>
    public long Assign(StoryDocument document, out long? moved)
    {
        var id = Assign(StoryFeatureExtractor.Extract(document with { Id = ++_position }, Clusterer.Options), out var match);
        Clusterer.Add(match, id);
        moved = match.Moved?.Id;
        return id;
    }

    /// <summary>The story id for already extracted features, without adding them (the caller adds <paramref name="match"/>).</summary>
    public long Assign(StoryFeatures features, out StoryMatch match)
    {
        match = Clusterer.FindStory(features);
        return match.StoryId ?? ++_lastId;
    }

    /// <summary>
    /// Assigns every document in stream order, as <see cref="Assign(StoryDocument)"/> one by one would,
    /// while the documents that follow are read and their features extracted on another thread
    /// (features depend on the document alone; the clusterer, which carries state from one article to
    /// the next, stays on one thread). Same stories, about a third less time per article on two cores.
    /// An exception from <paramref name="documents"/> surfaces here, after the documents before it.
    /// </summary>
    public async IAsyncEnumerable<StreamAssignment<T>> AssignAllAsync<T>(
        IAsyncEnumerable<(T Item, StoryDocument Document)> documents, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var channel = Channel.CreateBounded<(T Item, StoryFeatures Features)>(new BoundedChannelOptions(Lookahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var (item, document) in documents.WithCancellation(stop.Token))
                    {
                        await channel.Writer.WriteAsync((item, StoryFeatureExtractor.Extract(document with { Id = ++_position }, Clusterer.Options)), stop.Token);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var (item, features) in channel.Reader.ReadAllAsync(ct))
            {
                var id = Assign(features, out var match);
                Clusterer.Add(match, id);
                yield return new StreamAssignment<T>(item, id, match.Moved?.Id);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }
}

/// <summary>
/// A document of the stream and its story. <paramref name="Moved"/>: the position (from 1) of an earlier
/// document that moved into this story with it (it split that one's story), whose story id is now this one.
/// </summary>
public readonly record struct StreamAssignment<T>(T Item, long StoryId, long? Moved);

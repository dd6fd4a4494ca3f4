namespace Newsdesk.Core.Stories;

/// <summary>
/// The outcome of looking up an article: the story it joins (null: it starts one) and the similarity.
/// When <see cref="Moved"/> is set, the article starts a story together with that earlier article,
/// which leaves <see cref="SplitFrom"/> (<see cref="StoryClusterer"/>, "weak joins are watched").
/// </summary>
public sealed class StoryMatch
{
    internal StoryMatch(long? storyId, double score, StoryVector vector, long? splitFrom = null, StoryVector? moved = null)
    {
        StoryId = storyId;
        Score = score;
        Vector = vector;
        SplitFrom = splitFrom;
        MovedVector = moved;
    }

    public long? StoryId { get; }

    /// <summary>The log-odds of the join: with the story, or with the moved article when this is a split.</summary>
    public double Score { get; }

    /// <summary>The story the moved article leaves.</summary>
    public long? SplitFrom { get; }

    /// <summary>The earlier article that moves out of <see cref="SplitFrom"/> into this article's new story.</summary>
    public StoryFeatures? Moved => MovedVector?.Source;

    internal StoryVector Vector { get; }

    internal StoryVector? MovedVector { get; }
}

namespace Newsdesk.Core.Stories;

/// <summary>The outcome of looking up an article: the story it joins (null: it starts one) and the similarity.</summary>
public sealed class StoryMatch
{
    internal StoryMatch(long? storyId, double score, StoryVector vector)
    {
        StoryId = storyId;
        Score = score;
        Vector = vector;
    }

    public long? StoryId { get; }

    public double Score { get; }

    internal StoryVector Vector { get; }
}

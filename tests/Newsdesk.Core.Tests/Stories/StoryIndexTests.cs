using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class StoryIndexTests
{
    private static StoryVector Query(params (ulong Key, float Weight)[] features)
    {
        var sorted = features.OrderBy(f => f.Key).ToArray();
        return new StoryVector(sorted.Select(f => f.Key).ToArray(), sorted.Select(f => f.Weight).ToArray(),
            sorted.Select(_ => FeatureKind.Term).ToArray(), new StoryFeatures("", null, []));
    }

    private static List<long> Candidates(StoryIndex index, StoryVector query, int max = 8) =>
        index.Candidates(Enumerable.Range(0, query.Keys.Length).ToArray(), query, max);

    [Fact]
    public void Candidates_RankBySharedWeight_TiesToTheLowerId_AtMostMax()
    {
        var index = new StoryIndex(16);
        var (a, b, c, d) = (new StoryState(4), new StoryState(2), new StoryState(3), new StoryState(1));
        index.Add(10, a);
        index.Add(20, a);
        index.Add(10, b);
        index.Add(20, c);
        index.Add(30, d);

        var query = Query((10, 0.5f), (20, 0.4f), (40, 0.9f));
        Assert.Equal([4L, 2, 3], Candidates(index, query));
        Assert.Equal([4L, 2], Candidates(index, query, max: 2));

        // Equal weights: the lower story id first, whatever the order of adding.
        Assert.Equal([2L, 4], Candidates(index, Query((10, 1f))));
        Assert.Equal(5, index.Entries);
    }

    [Fact]
    public void Ring_WhenFull_DropsTheOldestStoryOfTheKey()
    {
        var index = new StoryIndex(2);
        var stories = Enumerable.Range(1, 3).Select(i => new StoryState(i)).ToList();
        foreach (var s in stories)
        {
            index.Add(7, s);
        }

        Assert.Equal([2L, 3], Candidates(index, Query((7, 1f))));
        Assert.Equal(2, index.Entries);
    }

    [Fact]
    public void RetireRemoveAndSweep_SkipThenCompact_AndSlotsAreReusedOnlyAfterTheSweep()
    {
        var index = new StoryIndex(4);
        var (a, b) = (new StoryState(1), new StoryState(2));
        index.Add(5, a);
        index.Add(6, a);
        index.Add(5, b);
        index.Remove(5, b);
        index.Retire(a);
        Assert.Empty(Candidates(index, Query((5, 1f), (6, 1f))));
        Assert.Equal(3, index.Entries);

        index.Sweep();
        Assert.Equal(0, index.Entries);

        // A new story takes the retired slot; the swept keys find only what is added after.
        var c = new StoryState(3);
        index.Add(6, c);
        Assert.Equal([3L], Candidates(index, Query((5, 1f), (6, 1f))));
        Assert.Equal(1, index.Entries);
    }

    [Fact]
    public void ManyKeys_AllFound_AfterTheTableGrowsAndSweepsRebuildIt()
    {
        var index = new StoryIndex(4);
        var random = new Random(7);
        var keys = Enumerable.Range(0, 200_000).Select(_ => (ulong)random.NextInt64()).Distinct().ToList();
        var stories = Enumerable.Range(1, 50).Select(i => new StoryState(i)).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            index.Add(keys[i], stories[i % stories.Count]);
        }

        // Retire every other story and sweep: keys listed only by retired stories leave the table.
        foreach (var s in stories.Where(s => s.Id % 2 == 0))
        {
            index.Retire(s);
        }

        index.Sweep();
        Assert.Equal(Enumerable.Range(0, keys.Count).Count(i => stories[i % stories.Count].Id % 2 == 1), index.Entries);
        for (var i = 0; i < 2000; i++)
        {
            var story = stories[i % stories.Count];
            var found = Candidates(index, Query((keys[i], 1f)));
            Assert.Equal(story.Id % 2 == 1 ? [story.Id] : [], found);
        }
    }
}

using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class StoryCentroidTests
{
    [Fact]
    public void Add_ManySortedVectors_SumsLikeADictionary_AndKeepsKeysAscending()
    {
        var random = new Random(20261122);
        var centroid = new StoryCentroid();
        var expected = new Dictionary<ulong, float>();
        for (var round = 0; round < 200; round++)
        {
            // Keys from a small range, so later vectors both hit held keys and bring new ones.
            var keys = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.Next(0, 500)).Distinct().Order().ToArray();
            var weights = keys.Select(_ => (float)random.NextDouble()).ToArray();
            centroid.Add(keys, weights);
            for (var i = 0; i < keys.Length; i++)
            {
                expected[keys[i]] = expected.GetValueOrDefault(keys[i]) + weights[i];
            }

            Assert.Equal(expected.Count, centroid.Count);
        }

        Assert.Equal(expected.Keys.Order(), centroid.Keys.ToArray());
        foreach (var (key, weight) in expected)
        {
            Assert.True(centroid.TryGetValue(key, out var held));
            Assert.Equal(weight, held);
        }

        Assert.False(centroid.ContainsKey(500));
        Assert.Equal(0, centroid.GetValueOrDefault(501));
    }

    [Fact]
    public void Walk_KeysInAscendingOrder_FindsHeldKeysAndSkipsTheOthers()
    {
        var centroid = new StoryCentroid();
        centroid.Add([2, 4, 8, 16], [1f, 2f, 3f, 4f]);

        var walk = centroid.Walk();
        var found = new List<(ulong, bool, float)>();
        foreach (var key in new ulong[] { 1, 2, 3, 8, 9, 16, 17 })
        {
            var held = walk.TryGetValue(key, out var weight);
            found.Add((key, held, weight));
        }

        Assert.Equal([(1UL, false, 0f), (2UL, true, 1f), (3UL, false, 0f), (8UL, true, 3f), (9UL, false, 0f), (16UL, true, 4f), (17UL, false, 0f)], found);
    }

    [Fact]
    public void Add_AnotherCentroid_AddsTheirWeightsKeyByKey()
    {
        var a = new StoryCentroid();
        a.Add([1, 5, 9], [1f, 2f, 3f]);
        var b = new StoryCentroid();
        b.Add([0, 5, 10], [0.5f, 4f, 6f]);

        a.Add(b.Keys, b.Weights);

        Assert.Equal([(0UL, 0.5f), (1UL, 1f), (5UL, 6f), (9UL, 3f), (10UL, 6f)], a.Entries());
    }

    [Fact]
    public void Keep_GivenEntriesInAnyOrder_HoldsOnlyThem_SortedByKey()
    {
        var centroid = new StoryCentroid();
        centroid.Add([1, 2, 3, 4, 5], [5f, 4f, 3f, 2f, 1f]);

        centroid.Keep([(4, 2f), (1, 5f), (3, 3f)]);

        Assert.Equal([(1UL, 5f), (3UL, 3f), (4UL, 2f)], centroid.Entries());
        Assert.False(centroid.ContainsKey(2));
        Assert.False(centroid.ContainsKey(5));

        // Adding after a keep merges into what is left.
        centroid.Add([2, 4], [1f, 1f]);
        Assert.Equal([(1UL, 5f), (2UL, 1f), (3UL, 3f), (4UL, 3f)], centroid.Entries());
    }
}

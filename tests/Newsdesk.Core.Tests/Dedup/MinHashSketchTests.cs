using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Tests.Dedup;

public sealed class MinHashSketchTests
{
    private static readonly string[] Words = "the governor declared an emergency and asked the army for boats and helicopters on monday".Split(' ');

    [Fact]
    public void Similarity_SameWords_IsOne() =>
        Assert.Equal(1.0, MinHashSketch.Similarity(MinHashSketch.Compute(Words), MinHashSketch.Compute([.. Words])));

    [Fact]
    public void Similarity_DisjointWords_IsNearZero()
    {
        var other = "schools in four districts stay closed until wednesday while power returns slowly to the valley".Split(' ');
        Assert.True(MinHashSketch.Similarity(MinHashSketch.Compute(Words), MinHashSketch.Compute(other)) < 0.1);
    }

    [Fact]
    public void BandKeys_SameText_Collide() =>
        Assert.Equal(MinHashSketch.BandKeys(MinHashSketch.Compute(Words)), MinHashSketch.BandKeys(MinHashSketch.Compute([.. Words])));

    /// <summary>Pinned: a change here changes every stored feature and sketch (computed independently with FNV-1a + SplitMix64).</summary>
    [Fact]
    public void StableHash_MatchesThePinnedValue() => Assert.Equal(0x1585ff3f6a58a117UL, StableHash.Of('t', "korea"));
}

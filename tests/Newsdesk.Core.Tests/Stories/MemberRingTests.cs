using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class MemberRingTests
{
    private static MemberSketch Sketch(int id, int length) =>
        new(Enumerable.Range(0, length).Select(j => (ulong)(id * 1000 + j)).ToArray(), Enumerable.Range(0, length).Select(j => id + j / 100f).ToArray());

    [Fact]
    public void Add_PastTheCapacity_KeepsTheLatestInArrivalOrder_EachWithItsOwnLength()
    {
        var ring = new MemberRing(5);
        var added = new List<MemberSketch>();
        for (var id = 1; id <= 13; id++)
        {
            // Lengths vary (a short article has fewer terms than the sketch size), up to the full size.
            var sketch = Sketch(id, id % 3 == 0 ? MemberSketch.Size : 7 + id);
            ring.Add(sketch);
            added.Add(sketch);

            var expected = added.TakeLast(5).ToList();
            Assert.Equal(expected.Count, ring.Count);
            for (var k = 0; k < ring.Count; k++)
            {
                Assert.Equal(expected[k].Keys, ring.KeysOf(k).ToArray());
                Assert.Equal(expected[k].Weights, ring.WeightsOf(k).ToArray());
            }
        }
    }

    [Fact]
    public void Cosine_OfAPackedMember_IsTheCosineOfTheSketch()
    {
        var ring = new MemberRing(3);
        var probe = new SketchProbe(Sketch(2, 20));
        foreach (var id in new[] { 1, 2, 3, 4 })
        {
            ring.Add(Sketch(id, 20));
        }

        // id 1 was overwritten; id 2 is now the oldest.
        Assert.Equal(probe.Cosine(Sketch(2, 20)), probe.Cosine(ring.KeysOf(0), ring.WeightsOf(0)));
        Assert.Equal(0, probe.Cosine(ring.KeysOf(2), ring.WeightsOf(2)));
    }
}

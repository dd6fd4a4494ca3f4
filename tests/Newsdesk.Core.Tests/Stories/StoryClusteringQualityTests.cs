using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// The quality gate of story clustering on the shared dev sets, one configuration for both
/// (docs/benchmarks.md). Floors sit just below the measured figures (whole dev sets: ECB+ 0.9367,
/// Giveme5W1H 0.9659 BCubed F1; means over 20 random halves by topic: 0.9415 and 0.9677): a change
/// that loses more fails here; a change that gains raises them. The halves are the steadier gate:
/// on a whole dev set one early join in a topic of two similar events moves ten articles.
/// </summary>
public sealed class StoryClusteringQualityTests
{
    private const double EcbPlusFloor = 0.932;
    private const double Giveme5W1HFloor = 0.960;
    private const double EcbPlusHalvesFloor = 0.937;
    private const double Giveme5W1HHalvesFloor = 0.962;

    [RequiresTheory(Component.SharedData)]
    [InlineData("ecbplus", EcbPlusFloor)]
    [InlineData("giveme5w1h_newscluster", Giveme5W1HFloor)]
    public void Cluster_DevSet_ReachesTheFloor(string name, double floor)
    {
        var score = ClusteringCorpus.Load(name).Run(new StoryClusteringOptions(), out _);
        Assert.True(score.BCubedF1 >= floor, $"{name}: {score} is below the floor {floor}");
    }

    [RequiresTheory(Component.SharedData)]
    [InlineData("ecbplus", EcbPlusHalvesFloor)]
    [InlineData("giveme5w1h_newscluster", Giveme5W1HHalvesFloor)]
    public void Cluster_RandomHalves_MeanReachesTheFloor(string name, double floor)
    {
        var corpus = ClusteringCorpus.Load(name);
        var mean = Enumerable.Range(1, 20).Average(seed => corpus.Half(seed).Run(new StoryClusteringOptions(), out _).BCubedF1);
        Assert.True(mean >= floor, $"{name}: mean BCubed F1 {mean:F4} over 20 halves is below the floor {floor}");
    }

    [RequiresFact(Component.SharedData)]
    public void Half_KeepsWholeStories_InStreamOrder_TheSameForTheSameSeed()
    {
        var corpus = ClusteringCorpus.Load("giveme5w1h_newscluster");
        var half = corpus.Half(7);
        var stories = corpus.Gold.Values.Distinct().Count();
        var kept = half.Gold.Values.Distinct().ToList();
        Assert.Equal((stories + 1) / 2, kept.Count);

        // Every article of a kept story, none of the others, in the corpus's order.
        var expected = corpus.Items.Where(i => kept.Contains(corpus.Gold[i.Id])).Select(i => i.Id);
        Assert.Equal(expected, half.Items.Select(i => i.Id));
        Assert.Equal(half.Items.Select(i => i.Id), corpus.Half(7).Items.Select(i => i.Id));
        Assert.NotEqual(half.Items.Select(i => i.Id), corpus.Half(8).Items.Select(i => i.Id));
    }

    /// <summary>ECB+ halves keep both events of a topic, as the held-back half does: the similar event is the test.</summary>
    [RequiresFact(Component.SharedData)]
    public void Half_EcbPlus_KeepsBothEventsOfEachTopic()
    {
        var corpus = ClusteringCorpus.Load("ecbplus");
        var topics = corpus.Gold.Values.Select(ClusteringCorpus.Topic).Distinct().Count();
        Assert.Equal(corpus.Gold.Values.Distinct().Count(), 2 * topics);
        for (var seed = 1; seed <= 5; seed++)
        {
            var half = corpus.Half(seed);
            var events = half.Gold.Values.Distinct().ToList();
            Assert.Equal((topics + 1) / 2, events.Select(ClusteringCorpus.Topic).Distinct().Count());
            Assert.Equal(2 * ((topics + 1) / 2), events.Count);
        }
    }

    /// <summary>The C# BCubed must agree with the shared Python scorer (checked once on a real prediction).</summary>
    [RequiresFact(Component.SharedData)]
    public async Task ClusteringScore_AgreesWithTheSharedScorer()
    {
        var corpus = ClusteringCorpus.Load("giveme5w1h_newscluster");
        var score = corpus.Run(new StoryClusteringOptions(), out var predicted);
        var file = Path.Combine(Path.GetTempPath(), "newsdesk-pred-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            await File.WriteAllLinesAsync(file, predicted.Select(p => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = p.Key, ["cluster"] = p.Value })));
            var output = await ProcessRunner.RunAsync("python3",
                [SharedData.Path("tools", "cluster_score.py"), file, SharedData.Path("benchmarks", "clustering", "giveme5w1h_newscluster", "dev.jsonl"), "--json", "--quiet"], default);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(json.RootElement.GetProperty("bcubed_f1").GetDouble(), score.BCubedF1, 9);
            Assert.Equal(json.RootElement.GetProperty("pairwise_f1").GetDouble(), score.PairF1, 9);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The pipelined path (`newsdesk cluster`) gives exactly the stories and splits of one-by-one assignment.</summary>
    [RequiresFact(Component.SharedData)]
    public async Task AssignAll_Pipelined_GivesTheStoriesOfOneByOneAssignment()
    {
        var corpus = ClusteringCorpus.Load("ecbplus");
        var sequential = new StoryStream(new StoryClusteringOptions());
        var expected = corpus.Items.Select(item => (item.Id, sequential.Assign(item.Document, out var moved), moved)).ToList();

        var pipelined = new StoryStream(new StoryClusteringOptions());
        var actual = new List<(string, long, long?)>();
        await foreach (var (id, story, moved) in pipelined.AssignAllAsync(corpus.Items.Select(item => (item.Id, item.Document)).ToAsyncEnumerable()))
        {
            actual.Add((id, story, moved));
        }

        Assert.Equal(expected, actual);
        // ECB+ has splits (docs/benchmarks.md), so the moves are compared too.
        Assert.Contains(actual, a => a.Item3 is not null);
    }

    [Fact]
    public async Task AssignAll_SourceFails_SurfacesTheErrorAfterTheDocumentsBefore()
    {
        var stream = new StoryStream(new StoryClusteringOptions());
        var seen = new List<int>();
        var e = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var (item, _, _) in stream.AssignAllAsync(Failing()))
            {
                seen.Add(item);
            }
        });

        Assert.Equal([1, 2], seen);
        Assert.Equal("line 3", e.Message);

        static async IAsyncEnumerable<(int, StoryDocument)> Failing()
        {
            yield return (1, new StoryDocument("Ferry service resumes", "The ferry to the island runs again from Monday.", null));
            yield return (2, new StoryDocument("Bridge closed for repairs", "The old bridge closes for a month of repairs.", null));
            await Task.Yield();
            throw new InvalidDataException("line 3");
        }
    }
}

using Newsdesk.Core.Articles;
using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Tests.Dedup;

public sealed class CopyFinderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private const string Wire = """
        North Korea said it would cut all communication lines with South Korea at noon on Tuesday.
        The move stepped up pressure on Seoul over activists who float leaflets across the border.
        The state news agency said the decision was made by Kim Yo Jong and Kim Yong Chol.
        South Korea's unification ministry said the hotlines should be kept open as basic channels.
        Officials in Seoul said calls placed on Tuesday morning through four channels went unanswered.
        The two Koreas have exchanged brief messages twice a day to check that the lines work.
        """;

    private static CopySignature Sign(long id, string title, string text, int minutes, string outlet) =>
        CopySignature.Create(id, title, text, T0.AddMinutes(minutes), outlet);

    [Fact]
    public void Find_LaterVerbatimCopy_PointsAtOriginal()
    {
        var finder = new CopyFinder(TimeSpan.FromDays(3));
        var original = Sign(1, "North Korea cuts hotlines", Wire, 0, "Yonhap");
        finder.Add(original, 7, finder.Find(original, 7));

        var copy = Sign(2, "North Korea cuts hotlines", Wire.Replace("\n", "\n\n", StringComparison.Ordinal), 45, "Daily Post");
        var decision = finder.Find(copy, 7);

        Assert.Equal(1, decision.OriginalId);
        Assert.Equal(CopyKind.Verbatim, decision.Verdict.Kind);
        Assert.Equal(1.0, decision.Verdict.VerbatimShare);
    }

    [Fact]
    public void Find_OriginalArrivingAfterItsCopies_BecomesTheirOriginal()
    {
        var finder = new CopyFinder(TimeSpan.FromDays(3));
        var copy = Sign(1, "North Korea cuts hotlines", Wire, 30, "Daily Post");
        finder.Add(copy, 7, finder.Find(copy, 7));
        var original = Sign(2, "North Korea cuts hotlines", Wire, 0, "Yonhap");
        var decision = finder.Find(original, 7);
        finder.Add(original, 7, decision);

        Assert.Null(decision.OriginalId);
        var repoint = Assert.Single(decision.Repointed);
        Assert.Equal((1L, 2L, CopyKind.Verbatim), (repoint.ArticleId, repoint.OriginalId, repoint.Verdict.Kind));

        var trimmed = Sign(3, "North Korea cuts hotlines", string.Join('\n', Wire.Split('\n').Take(4)), 60, "Evening Star");
        var third = finder.Find(trimmed, 7);
        Assert.Equal(2, third.OriginalId);
        Assert.Equal(CopyKind.Edited, third.Verdict.Kind);
        Assert.Empty(third.Repointed);
    }

    /// <summary>The wire story with its words swapped, sentence by sentence: no long word run survives.</summary>
    private const string Spun = """
        North Korea stated it would cut every communication line with South Korea at midday on Tuesday.
        The step stepped up pressure on Seoul over campaigners who float leaflets over the border.
        The official news agency stated the decision was taken by Kim Yo Jong and Kim Yong Chol.
        South Korea's unification ministry stated the hotlines ought to be kept open as basic channels.
        Officials in Seoul stated calls made on Tuesday morning via four channels went unanswered.
        The two Koreas have swapped short messages twice daily to confirm that the lines work.
        """;

    [Fact]
    public void SetStoryMembers_AfterAnEditorsMove_RewritesFindTheArticleThroughItsNewStory()
    {
        var finder = new CopyFinder(TimeSpan.FromDays(3));
        var original = Sign(1, "North Korea cuts hotlines", Wire, 0, "Yonhap");
        finder.Add(original, 7, finder.Find(original, 7));
        var rewrite = Sign(2, "Pyongyang severs hotlines", Spun, 90, "Content Farm");

        // The rewrite shares no word run with the original: only the story makes it a candidate.
        Assert.Null(finder.Find(rewrite, 9).OriginalId);
        Assert.Equal(1, finder.Find(rewrite, 7).OriginalId);

        // The editor moves the original from story 7 to story 9.
        finder.SetStoryMembers(9, [1]);
        finder.SetStoryMembers(7, []);

        Assert.Equal(9, finder.StoryOf(1));
        var decision = finder.Find(rewrite, 9);
        Assert.Equal(1, decision.OriginalId);
        Assert.Equal(CopyKind.Rewrite, decision.Verdict.Kind);
        Assert.Null(finder.Find(rewrite, 7).OriginalId);
    }

    [Fact]
    public void SetStoryMembers_StoryMergedAway_ItsArticlesListUnderTheStoryThatAbsorbedIt()
    {
        var finder = new CopyFinder(TimeSpan.FromDays(3));
        var original = Sign(1, "North Korea cuts hotlines", Wire, 0, "Yonhap");
        finder.Add(original, 7, finder.Find(original, 7));

        // Only the absorbing story is rebuilt: the article leaves the absorbed story's list too.
        finder.SetStoryMembers(9, [1, 404]);

        Assert.Equal(9, finder.StoryOf(1));
        Assert.Null(finder.StoryOf(404));
        Assert.Null(finder.Find(Sign(2, "Pyongyang severs hotlines", Spun, 90, "Content Farm"), 7).OriginalId);
    }
}

using Newsdesk.Core.Articles;
using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Tests.Dedup;

public sealed class CopyDetectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] Original =
    [
        "Flooding closed the main highway between the port and the capital on Monday morning.",
        "Rescue crews pulled eleven people from cars trapped in the rising water near the river bridge.",
        "The regional governor declared an emergency and asked the army for boats and helicopters.",
        "Forecasters expect another 200 millimetres of rain in the hills before the storm moves east.",
        "Schools in four districts will stay closed until Wednesday, the education office said.",
        "Power was cut to about 30,000 homes after a substation was submerged.",
    ];

    private static CopySignature Sign(long id, string title, IEnumerable<string> sentences) =>
        CopySignature.Create(id, title, string.Join("\n\n", sentences), T0.AddMinutes(id), null);

    private static readonly CopySignature Source = Sign(1, "Floods close highway", Original);

    [Fact]
    public void Compare_SameTextAndTitle_IsVerbatim()
    {
        var verdict = CopyDetector.Compare(Sign(2, "Floods close highway", ["Advertisement", .. Original]), Source);
        Assert.Equal(CopyKind.Verbatim, verdict.Kind);
        Assert.Equal(1.0, verdict.VerbatimShare);
        Assert.Empty(verdict.AddedSentences);
    }

    [Fact]
    public void Compare_Retitled_IsEdited() =>
        Assert.Equal(CopyKind.Edited, CopyDetector.Compare(Sign(2, "Emergency declared as floods hit", Original), Source).Kind);

    [Fact]
    public void Compare_Trimmed_IsEditedAndCoversPartOfTheOriginal()
    {
        var verdict = CopyDetector.Compare(Sign(2, "Floods close highway", Original[..4]), Source);
        Assert.Equal(CopyKind.Edited, verdict.Kind);
        Assert.Equal(4 / 6.0, verdict.OriginalCoverage, 3);
    }

    [Fact]
    public void Compare_ParagraphAdded_ReportsTheAddedSentence()
    {
        const string added = "Our reporter at the bridge saw soldiers filling sandbags through the night.";
        var verdict = CopyDetector.Compare(Sign(2, "Floods close highway", [.. Original[..3], added, .. Original[3..]]), Source);
        Assert.Equal(CopyKind.Edited, verdict.Kind);
        Assert.Equal([3], verdict.AddedSentences);
    }

    [Fact]
    public void Compare_WordsSwappedSameOrder_IsRewrite()
    {
        string[] spun =
        [
            "Flooding shut the principal highway between the harbour and the capital on Monday morning.",
            "Rescue teams pulled eleven individuals from vehicles trapped in the rising water near the river bridge.",
            "The regional governor declared an emergency and requested the army for boats and helicopters.",
            "Forecasters anticipate another 200 millimetres of rain in the hills before the storm moves east.",
            "Schools in four districts will remain closed until Wednesday, the education office stated.",
            "Power was cut to roughly 30,000 homes after a substation was submerged.",
        ];
        var verdict = CopyDetector.Compare(Sign(2, "Floods shut highway", spun), Source);
        Assert.Equal(CopyKind.Rewrite, verdict.Kind);
        Assert.True(verdict.VerbatimShare < 0.5);
    }

    [Fact]
    public void Compare_IndependentReportOfTheSameEvent_IsNotACopy()
    {
        string[] own =
        [
            "Heavy rain turned the coastal road into a river on Monday, stranding drivers for hours.",
            "Eleven motorists were rescued by firefighters using inflatable boats, officials said.",
            "The governor's emergency declaration frees money for repairs and lets the army help.",
            "Meteorologists warned that the hills could see 200 millimetres more before the weather clears.",
            "Parents were told that classes in four districts are cancelled until midweek.",
        ];
        Assert.False(CopyDetector.Compare(Sign(2, "Rain strands drivers on coast road", own), Source).IsCopy);
    }
}

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

    private static readonly string[] WireReport =
    [
        "The Valmora port authority said on Tuesday that cargo handled at Port Ardent fell 12 percent in October.",
        "Officials blamed a three-week strike by crane operators and the closure of Berth 7 for repairs.",
        "Harbour master Lidia Orsak told reporters that ships waited an average of four days to unload.",
        "The authority expects volumes to recover by January once the new Keller cranes are working.",
        "Exporters of timber and grain have asked the transport ministry for compensation.",
        "The port handled 3.1 million tonnes last year, making it the second busiest on the coast.",
    ];

    /// <summary>
    /// A machine rewrite as content farms publish them: same facts in the same order, most words swapped
    /// for near-synonyms the detector does not know, names and figures kept, two sentences merged.
    /// </summary>
    private static readonly string[] Spun =
    [
        "The Valmora harbour body stated on Tuesday that freight moved at Port Ardent dropped 12 percent in October.",
        "Authorities faulted a three-week walkout by crane staff plus the shutting of Berth 7 for fixes.",
        "Harbour master Lidia Orsak informed journalists that vessels lingered a mean of four days to discharge.",
        "The body anticipates tonnage to rebound by January when the fresh Keller cranes are running.",
        "Shippers of lumber and cereal have petitioned the transport ministry for damages, and the port moved 3.1 million tonnes last year, ranking it the second most active on the coast.",
    ];

    [Fact]
    public void Compare_MachineRewriteWithMergedSentence_IsRewrite()
    {
        var original = Sign(1, "Port Ardent cargo falls 12 percent after strike", WireReport);
        var verdict = CopyDetector.Compare(Sign(2, "Port Ardent freight drops 12 percent following walkout", Spun), original);
        Assert.Equal(CopyKind.Rewrite, verdict.Kind);
        Assert.Equal(0, verdict.VerbatimShare);
        Assert.True(verdict.OriginalCoverage >= 0.8);
    }

    [Fact]
    public void Compare_OwnReportWithTheSameNamesAndFigures_IsNotACopy()
    {
        string[] own =
        [
            "Port Ardent is having its worst autumn in a decade, with October cargo 12 percent lower.",
            "At Berth 7, closed for repairs, the quay was empty on Tuesday afternoon.",
            "Lidia Orsak, the harbour master, said the backlog was easing as crane operators returned.",
            "Grain traders said they had diverted some shipments north while the Keller cranes were installed.",
            "Last year's 3.1 million tonnes will not be matched, a ministry adviser said.",
        ];
        var original = Sign(1, "Port Ardent cargo falls 12 percent after strike", WireReport);
        Assert.False(CopyDetector.Compare(Sign(2, "A quiet quay at Port Ardent", own), original).IsCopy);
    }
}

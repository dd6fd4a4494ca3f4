using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Two earthquakes and a typhoon, without times: names, places and numbers must tell the
    /// earthquakes apart. (With times hours apart the fitted proximity evidence can join two
    /// similar events; see docs/benchmarks.md.)
    /// </summary>
    private static readonly StoryDocument[] Stream =
    [
        new("Magnitude 6.1 earthquake strikes Lombok", "A magnitude 6.1 earthquake struck the Indonesian island of Lombok on Sunday, killing at least 14 people, the disaster agency said. Hundreds of houses collapsed in North Lombok.", null),
        new("Typhoon Maysak makes landfall near Busan", "Typhoon Maysak made landfall near Busan early on Thursday, forcing 2,000 residents from coastal villages into shelters, South Korea's weather agency said.", null),
        new("Lombok earthquake death toll rises to 14", "The death toll from the magnitude 6.1 earthquake on Lombok rose to 14, Indonesia's disaster agency said, as rescuers searched collapsed houses in North Lombok.", null),
        new("Busan braces as Typhoon Maysak hits", "Ferries were cancelled and flights grounded in Busan as Typhoon Maysak hit the southern coast, the weather agency said; 2,000 residents spent the night in shelters.", null),
        new("Earthquake of magnitude 7.0 hits Peru", "A magnitude 7.0 earthquake struck southern Peru near Arequipa on Wednesday, cutting roads in the Andes, Peru's geophysical institute said. No deaths were reported.", null),
    ];

    private static long[] Run(StoryClusteringOptions options) =>
        Stream.Select(new StoryStream(options).Assign).ToArray();

    [Fact]
    public void Assign_ArticlesOfOneEvent_ShareAStory_AndSimilarEventsDoNot()
    {
        var ids = Run(new StoryClusteringOptions());
        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(ids[1], ids[3]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[4]);
    }

    /// <summary>
    /// One narrow beat on one day: every report names the same country, city and ministry, but they tell
    /// three different events (a strike, a budget, a flood) in different words, and two reports of the strike.
    /// </summary>
    private static readonly StoryDocument[] Beat =
    [
        new("Valmora dock workers strike at Port Ardent", "Crane operators at Port Ardent in Valmora walked out on Tuesday over pay, halting cargo handling, the Valmora Transport Ministry said. Ships queued outside the harbour as the union demanded a 9 percent raise.", T0),
        new("Valmora unveils budget with higher defence spending", "Valmora's Finance Ministry presented a budget on Tuesday that raises defence spending and trims farm subsidies, Prime Minister Ilse Varn said in the capital Ardent City. Parliament votes next month.", T0.AddHours(1)),
        new("Floods cut roads north of Port Ardent", "Heavy rain flooded villages north of Port Ardent in Valmora on Tuesday, cutting two roads and forcing families from their homes, the Valmora Interior Ministry said. Rivers are still rising.", T0.AddHours(2)),
        new("Port Ardent strike leaves ships waiting", "Ships waited outside Port Ardent on Tuesday as striking crane operators kept cargo handling halted, the Valmora Transport Ministry said. The union wants a 9 percent pay raise; talks resume Wednesday.", T0.AddHours(3)),
    ];

    [Fact]
    public void Assign_OneBeatOneDay_DifferentEventsInOtherWordsStayApart()
    {
        var ids = Beat.Select(new StoryStream(new StoryClusteringOptions()).Assign).ToArray();
        Assert.Equal(ids[0], ids[3]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.NotEqual(ids[1], ids[2]);
    }

    /// <summary>
    /// The clusterer alone still puts the flood report with the strike (the shared place names carry the
    /// word overlap past <c>MinContentLink</c>, and proximity does the rest), but only on weak evidence:
    /// the newsroom flags the join for an editor, while the second strike report joins with a strong score.
    /// </summary>
    [Fact]
    public void Assign_OneBeatOneDay_AJoinOnSharedPlacesAloneIsWeak()
    {
        var options = new StoryClusteringOptions();
        var stream = new StoryStream(options);
        var matches = Beat.Select(d =>
        {
            var id = stream.Assign(StoryFeatureExtractor.Extract(d, options), out var match);
            stream.Clusterer.Add(match, id);
            return (Id: id, match.Score);
        }).ToArray();

        Assert.Equal(matches[0].Id, matches[3].Id);
        Assert.True(matches[3].Score >= 2 * options.WeakJoinScore, $"the second strike report joined at {matches[3].Score}");
        Assert.True(matches[2].Id != matches[0].Id || matches[2].Score < options.WeakJoinScore, $"the flood report joined the strike at {matches[2].Score}");
    }

    /// <summary>
    /// A wire in one house style, one hour: every report uses the same sentence frames with other
    /// names, places and figures. Two reports of the harbour plan share a story; the bridge and the
    /// school reports share the frames and the hour but none of its names.
    /// </summary>
    private static readonly StoryDocument[] HouseStyle =
    [
        new("Kestrel Agency expanded harbour plans in Norvik", "412 families were affected by the decision on the harbour, according to the Kestrel Agency. Residents of Norvik gathered near the pier as the news spread. The Kestrel Agency said the harbour would remain under review until the spring. The cost was put at 38 million, a figure Ola Brenn disputed.", T0),
        new("Tamsin Board closed bridge plans in Westerholm", "95 drivers were affected by the decision on the bridge, according to the Tamsin Board. Residents of Westerholm gathered near the river as the news spread. The Tamsin Board said the bridge would remain under review until the spring. The cost was put at 12 million, a figure Ida Marsh disputed.", T0.AddMinutes(10)),
        new("Norvik harbour plans expanded, Ola Brenn says", "The Kestrel Agency expanded its harbour plans for Norvik, Ola Brenn said, a decision that affects 412 families. Residents of Norvik gathered near the pier. The cost was put at 38 million, a figure Ola Brenn disputed.", T0.AddMinutes(20)),
        new("Corvel Council delayed school plans in Amberly", "230 pupils were affected by the decision on the school, according to the Corvel Council. Residents of Amberly gathered near the square as the news spread. The Corvel Council said the school would remain under review until the spring. The cost was put at 7 million, a figure Pia Lund disputed.", T0.AddMinutes(30)),
    ];

    [Fact]
    public void Assign_OneHouseStyleOneHour_ReportsSharingNoNamesStayApart()
    {
        var ids = HouseStyle.Select(new StoryStream(new StoryClusteringOptions()).Assign).ToArray();
        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[3]);
        Assert.NotEqual(ids[1], ids[3]);
    }

    /// <summary>
    /// Two drink-driving arrests of one team's players, weeks apart. The first report of the second
    /// arrest names the first player too, and joins his story weakly; the next report of it fits that
    /// report far better than the story, so the two leave together and start the second arrest's story.
    /// </summary>
    private static readonly StoryDocument[] TwoArrests =
    [
        new("Falcons linebacker Dario Menk arrested on suspicion of drunk driving", "Harbor City Falcons linebacker Dario Menk was arrested early Sunday on suspicion of driving under the influence, police said. Officers stopped his car on Route 9 after it drifted across lanes at 2:40 a.m. Menk was booked into county jail and released on bail. The Falcons said they were gathering information.", T0),
        new("Police: Falcons' Menk was weaving across Route 9 before DUI arrest", "Dario Menk, the Harbor City Falcons linebacker, was weaving across lanes of Route 9 when officers pulled him over early Sunday, according to the police report. He failed a field sobriety test and was arrested on suspicion of drunk driving, then released on bail.", T0.AddHours(5)),
        new("Falcons linebacker Menk released on bail after DUI arrest", "Falcons linebacker Dario Menk was released on bail on Sunday after his arrest on suspicion of driving under the influence on Route 9. Coach Ray Tolland said the team was disappointed and would handle the matter internally.", T0.AddHours(9)),
        new("Another Falcons player arrested: receiver Tavon Kessler held on DUI charge", "Harbor City Falcons receiver Tavon Kessler was arrested on suspicion of drunk driving on Thursday, weeks after linebacker Dario Menk was arrested on suspicion of driving under the influence. Officers stopped Kessler on Bay Street at 1:15 a.m. and a breath test read 0.12, police said.", T0.AddDays(40)),
        new("Receiver Tavon Kessler charged after Bay Street stop, breath test of 0.12", "Prosecutors charged Harbor City Falcons receiver Tavon Kessler with driving under the influence after officers stopped him on Bay Street at 1:15 a.m. on Thursday. Kessler's breath test read 0.12. The Falcons suspended Kessler for one game.", T0.AddDays(40).AddHours(6)),
    ];

    [Fact]
    public void Assign_AWeakJoinThatTheNextReportFollows_LeavesWithIt()
    {
        var options = new StoryClusteringOptions();
        var stream = new StoryStream(options);
        var steps = TwoArrests.Select(d =>
        {
            var id = stream.Assign(d, out var moved);
            return (Id: id, Moved: moved);
        }).ToArray();

        Assert.Equal(steps[0].Id, steps[1].Id);
        Assert.Equal(steps[0].Id, steps[2].Id);
        // The second arrest's first report joined the first arrest's story...
        Assert.Equal(steps[0].Id, steps[3].Id);
        // ...and its next report starts a new story and takes it along (position 4 of the stream).
        Assert.NotEqual(steps[0].Id, steps[4].Id);
        Assert.Equal(4L, steps[4].Moved);
        Assert.Null(steps[3].Moved);

        // Without the watch, the second arrest stays in the first one's story.
        var unwatched = TwoArrests.Select(new StoryStream(new StoryClusteringOptions { SplitOnsets = false }).Assign).ToArray();
        Assert.All(unwatched, id => Assert.Equal(unwatched[0], id));
    }

    /// <summary>A weak join whose story's next report fits the story, not it, stays (the flood report of <see cref="Beat"/>).</summary>
    [Fact]
    public void Assign_AWeakJoinTheNextReportDoesNotFollow_Stays()
    {
        var stream = new StoryStream(new StoryClusteringOptions());
        var moved = Beat.Select(d => { stream.Assign(d, out var m); return m; }).ToArray();
        Assert.All(moved, Assert.Null);
    }

    [Fact]
    public void Assign_SameStreamTwice_GivesTheSameStories() =>
        Assert.Equal(Run(new StoryClusteringOptions()), Run(new StoryClusteringOptions()));

    [Fact]
    public void Add_PastTheWindow_EvictsIdleStories()
    {
        var stream = new StoryStream(new StoryClusteringOptions { Window = TimeSpan.FromDays(2) });
        stream.Assign(Stream[0] with { Time = T0 });
        stream.Assign(Stream[1] with { Time = T0.AddHours(1) });
        Assert.Equal(2, stream.Clusterer.LiveStories);

        stream.Assign(Stream[4] with { Time = T0.AddDays(5) });

        Assert.Equal(1, stream.Clusterer.LiveStories);
        Assert.False(stream.Clusterer.IsLive(1));
    }

    /// <summary>
    /// An evicted story's place in the index goes to a later story on another subject: the evicted
    /// story's old index entries must not offer the newcomer as a candidate for a report of the old event.
    /// </summary>
    [Fact]
    public void Add_AfterEviction_ReusedIndexPlacesPointOnlyAtTheirNewStory()
    {
        var stream = new StoryStream(new StoryClusteringOptions { Window = TimeSpan.FromDays(2) });
        var lombok = stream.Assign(Stream[0] with { Time = T0 });
        var chess = stream.Assign(new StoryDocument(
            "Chess olympiad opens in Tbilisi",
            "Grandmasters from ninety countries gathered in Tbilisi for the opening round of the chess olympiad, the organisers announced.",
            T0.AddDays(5)));
        Assert.False(stream.Clusterer.IsLive(lombok));
        Assert.True(stream.Clusterer.IsLive(chess));

        var lombokAgain = StoryFeatureExtractor.Extract(Stream[2] with { Time = T0.AddDays(5).AddHours(1) });
        Assert.DoesNotContain(stream.Clusterer.Explain(lombokAgain), c => c.StoryId == chess);
        Assert.Null(stream.Clusterer.FindStory(lombokAgain).StoryId);

        // The newcomer is still found under its own words.
        var chessAgain = StoryFeatureExtractor.Extract(new StoryDocument(
            "Tbilisi chess olympiad: first round results",
            "The first round of the chess olympiad in Tbilisi ended with wins for the top seeds, the organisers announced.",
            T0.AddDays(5).AddHours(2)));
        Assert.Equal(chess, stream.Clusterer.FindStory(chessAgain).StoryId);
    }

    [Fact]
    public void Describe_GivesHeadlineKeywordsAndTimes()
    {
        var stream = new StoryStream(new StoryClusteringOptions());
        var ids = Stream.Select(stream.Assign).ToArray();
        var summary = stream.Clusterer.Describe(ids[0])!;

        Assert.Contains("Lombok", summary.Headline, StringComparison.Ordinal);
        Assert.Contains(summary.Keywords, k => k.Contains("Lombok", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, summary.ArticleCount);
    }

    /// <summary>A quake report, then a long column on it whose title is all the column's own words.</summary>
    private static StoryDocument[] QuakeAndColumn(bool columnIsOpinion) =>
    [
        new("Magnitude 6.1 earthquake strikes Lombok", "A magnitude 6.1 earthquake struck the Indonesian island of Lombok on Sunday, killing at least 14 people, the disaster agency said. Hundreds of houses collapsed in North Lombok.", null),
        new("Lombok earthquake shows the cost of cheap houses", "The earthquake on Lombok killed 14 people because cheap houses collapsed. Cheap houses collapse in every earthquake on Lombok. "
            + "The cost of cheap houses is paid in lives, and the disaster agency knows the cost. Lombok needs houses that stand when the earthquake comes, "
            + "not cheap houses that collapse on the people of North Lombok.", null, columnIsOpinion),
    ];

    [Fact]
    public void Describe_ReportsTitleNamesTheStory_NotTheColumns()
    {
        var asReports = new StoryStream(new StoryClusteringOptions());
        var plain = QuakeAndColumn(columnIsOpinion: false).Select(asReports.Assign).ToArray();
        var withColumn = new StoryStream(new StoryClusteringOptions());
        var marked = QuakeAndColumn(columnIsOpinion: true).Select(withColumn.Assign).ToArray();

        // One story either way; the column's title fits the story best, but a report's title names it.
        Assert.Equal(plain[0], plain[1]);
        Assert.Equal(marked[0], marked[1]);
        Assert.Equal("Lombok earthquake shows the cost of cheap houses", asReports.Clusterer.Describe(plain[0])!.Headline);
        Assert.Equal("Magnitude 6.1 earthquake strikes Lombok", withColumn.Clusterer.Describe(marked[0])!.Headline);
    }

    [Fact]
    public void Merge_FoldsOneStoryIntoAnother()
    {
        var stream = new StoryStream(new StoryClusteringOptions());
        var ids = Stream.Select(stream.Assign).ToArray();
        stream.Clusterer.Merge(ids[4], ids[0]);

        Assert.False(stream.Clusterer.IsLive(ids[4]));
        Assert.Equal(3, stream.Clusterer.Describe(ids[0])!.ArticleCount);
        var peru = StoryFeatureExtractor.Extract(Stream[4]);
        Assert.NotEqual(ids[4], stream.Clusterer.FindStory(peru).StoryId);
    }
}

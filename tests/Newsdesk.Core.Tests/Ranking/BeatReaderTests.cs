using Newsdesk.Core.Ranking;

namespace Newsdesk.Core.Tests.Ranking;

public sealed class BeatReaderTests
{
    [Fact]
    public void Default_IsAValidKoreanPeninsulaBeat()
    {
        var result = BeatReader.Read(BeatLoader.DefaultYaml());

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var beat = result.Beat!;
        Assert.Equal("Korean peninsula security", beat.Name);
        Assert.Contains(beat.Entities, e => e.Name == "Kim Yo Jong" && e.Weight == 2);
        Assert.Contains(beat.Entities, e => e.Name == "North Korea" && e.Aliases.Contains("Pyongyang"));
        Assert.Contains(beat.Keywords, k => k.Name == "loudspeakers");
        Assert.Contains(beat.Keywords, k => k.Weight < 0);
        Assert.Contains(beat.Sources, s => s.Outlet == "NK News");
        Assert.Equal(12, beat.Weights.RecencyHalfLifeHours);
    }

    [Fact]
    public void Read_ShortForms_AreNamesWithWeightOne()
    {
        var result = BeatReader.Read("name: Test\nkeywords: [missile, drone]\nsources: [Yonhap]\n");

        Assert.True(result.Succeeded);
        Assert.Equal([new BeatTerm("missile", 1, []).Name, "drone"], result.Beat!.Keywords.Select(k => k.Name));
        Assert.Equal(1, result.Beat.Keywords[0].Weight);
        Assert.Equal(new BeatSource("Yonhap", 1), result.Beat.Sources.Single());
        Assert.Equal(new BeatWeights(), result.Beat.Weights);
    }

    public static TheoryData<string, string> BadBeats => new()
    {
        { "name: Test\nkeywords:\n  - name: missile\n    wieght: 2\n", "line 4, column 5: keywords[1].wieght: unknown field; expected one of name, weight, aliases" },
        { "name: Test\nkeywords:\n  - missile\n  - name: drone\n    weight: high\n", "line 5, column 13: keywords[2].weight: expected a number, got 'high'" },
        { "name: Test\nweights:\n  title: 0.5\n", "line 3, column 10: weights.title: must be at least 1, got 0.5" },
        { "keywords: [missile]\n", "line 1, column 1: name: is required" },
        { "name: Test\nentities:\n  - name: Kim Yo Jong\n  - name: Kim Yo-jong\n", "line 3, column 3: entities: 'Kim Yo Jong' is listed 2 times" },
        { "name: Test\nentities:\n  - name: DMZ\n    aliases: DMZ zone\n", "line 4, column 14: entities[1].aliases: expected a list of names, e.g. [DPRK, Pyongyang]" },
        { "name: Test\nsources: Yonhap\n", "line 2, column 10: sources: expected a list" },
        { "- just\n- a list\n", "line 1, column 1: a beat is a mapping with name, keywords, entities, sources and weights" },
    };

    [Theory]
    [MemberData(nameof(BadBeats))]
    public void Read_BadBeat_NamesLineAndField(string yaml, string error)
    {
        var result = BeatReader.Read(yaml);

        Assert.False(result.Succeeded);
        Assert.Null(result.Beat);
        Assert.Contains(error, result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_YamlSyntaxError_GivesItsLine()
    {
        var result = BeatReader.Read("name: Test\nkeywords:\n  - missile\n   - drone: [\n");

        var error = Assert.Single(result.Errors);
        Assert.True(error.Line >= 3, error.ToString());
        Assert.Equal("", error.Field);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEachOne()
    {
        var result = BeatReader.Read("name: Test\nkeywords:\n  - name: a\n    weight: x\n  - name: b\n    weight: y\ncolour: red\n");

        Assert.Equal(3, result.Errors.Count);
    }
}

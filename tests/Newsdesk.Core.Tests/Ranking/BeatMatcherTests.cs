using Newsdesk.Core.Ranking;

namespace Newsdesk.Core.Tests.Ranking;

public sealed class BeatMatcherTests
{
    private static readonly Beat TestBeat = new()
    {
        Name = "Test",
        Keywords = [new BeatTerm("missile", 2, ["ballistic missile", "ICBM"]), new BeatTerm("loudspeakers", 1, [])],
        Entities = [new BeatTerm("Kim Yo Jong", 2, []), new BeatTerm("United States", 1, ["US", "U.S."]), new BeatTerm("North Korea", 1.5, ["DPRK", "Pyongyang"])],
    };

    private static Dictionary<string, int> Find(string text) =>
        new BeatMatcher(TestBeat).Find(text).ToDictionary(p => p.Key.Name, p => p.Value.Mentions);

    [Theory]
    [InlineData("Kim Yo-jong warned Seoul.", "Kim Yo Jong", 1)]
    [InlineData("KIM YO JONG warned Seoul.", "Kim Yo Jong", 1)]
    [InlineData("Kim Yo Jong's statement was short.", "Kim Yo Jong", 1)]
    [InlineData("A loudspeaker was switched on, then more loudspeakers.", "loudspeakers", 2)]
    [InlineData("Pyongyang said the DPRK would respond.", "North Korea", 2)]
    [InlineData("The ballistic missile was an ICBM, the missile flew far.", "missile", 3)]
    [InlineData("The US and the U.S. Navy.", "United States", 2)]
    public void Find_SurfaceFormVariants_Match(string text, string term, int mentions) =>
        Assert.Equal(mentions, Find(text)[term]);

    [Theory]
    [InlineData("Let us talk about it.")]
    [InlineData("Kim Yo said nothing about Jong.")]
    [InlineData("Missiles of opinion")]
    public void Find_LookalikesAndCaseOfAbbreviations_DoNotMatchUnitedStates(string text) =>
        Assert.False(Find(text).ContainsKey("United States"));
}

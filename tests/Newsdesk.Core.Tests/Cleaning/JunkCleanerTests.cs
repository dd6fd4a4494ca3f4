using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Tests.Cleaning;

public sealed class JunkCleanerTests
{
    [Fact]
    public void Clean_StackedTrailingJunk_IsRemovedInOneCall()
    {
        var result = JunkCleaner.Default.Clean(
            ["SEOUL, Nov. 18 (Peninsula Wire) -- The talks resumed.", "The envoys met for three hours.", "minji@wire.example", "(END)", "wire.example · by Choi Min-ji · November 18, 2026"],
            ["wire.example · by Choi Min-ji · November 18, 2026"]);

        Assert.Equal(["SEOUL, Nov. 18 (Peninsula Wire) -- The talks resumed.", "The envoys met for three hours."], result.Kept.Select(k => k.Text));
        Assert.Equal(["reporter-signoff", "end-marker", "repeated-byline"], result.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void Clean_Caption_IsKeptAsCaption()
    {
        var result = JunkCleaner.Default.Clean(["The talks resumed.", "Envoys shake hands in Geneva on Monday. (Yonhap)"]);
        Assert.False(result.Kept[0].IsCaption);
        Assert.True(result.Kept[1].IsCaption);
    }

    [Fact]
    public void Judge_IsIndexAligned_WithTheDecidingRule()
    {
        var decisions = JunkCleaner.Default.Judge(["The talks resumed.", "  ", "Advertisement", "Envoys shake hands in Geneva on Monday. (Yonhap)", "The envoys met for three hours.", "(END)"]);

        Assert.Equal(
            [(JunkVerdict.Keep, null), (JunkVerdict.Drop, null), (JunkVerdict.Drop, "advertisement-label"), (JunkVerdict.Caption, "photo-credit"), (JunkVerdict.Keep, null), (JunkVerdict.Drop, "end-marker")],
            decisions.Select(d => (d.Verdict, d.Rule)));
    }

    [Fact]
    public void Default_HasUniquelyNamedRules() =>
        Assert.Equal(JunkCleaner.Default.Rules.Count, JunkCleaner.Default.Rules.Select(r => r.Name).Distinct().Count());

    [Theory]
    [InlineData("BY OH HYUN-SEOK", "Oh Hyun-seok")]
    [InlineData("By Yang Ji-ho,", "Yang Ji-ho")]
    [InlineData("Kim Soo-yeon", "Kim Soo-yeon")]
    [InlineData("by AFP", "AFP")]
    public void PersonNames_Tidy(string raw, string expected) => Assert.Equal(expected, PersonNames.Tidy(raw));

    [Fact]
    public void DuplicatePassages_SecondCopyIsDropped_ShortRepeatsStay()
    {
        var kept = DuplicatePassageRemover.RemoveRepeats(
            ["The envoys met for three hours in Geneva on Monday.", "Related", "the envoys met for THREE hours in Geneva on Monday", "Related"]);
        Assert.Equal(["The envoys met for three hours in Geneva on Monday.", "Related", "Related"], kept);
    }

    [Fact]
    public void DuplicatePassages_ExcerptsNotInTheFullText_AreKept()
    {
        var missing = DuplicatePassageRemover.ExcerptsNotIn(
            ["The envoys met for three hours.", "A line the full text never had."],
            ["Intro. The envoys met for three hours. They agreed to meet again."]);
        Assert.Equal(["A line the full text never had."], missing);
    }
}

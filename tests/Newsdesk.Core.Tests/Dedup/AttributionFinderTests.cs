using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Tests.Dedup;

public sealed class AttributionFinderTests
{
    [Theory]
    [InlineData("SEOUL (Yonhap) -- North Korea fired two missiles on Sunday.", "Yonhap")]
    [InlineData("WASHINGTON (AP) — The Senate passed the bill late on Friday.", "Associated Press")]
    [InlineData("The launch was detected at 7 a.m., Yonhap reported, citing the military.", "Yonhap")]
    [InlineData("Two ships collided near the strait, according to Reuters.", "Reuters")]
    [InlineData("The ministry confirmed the talks.\nBy Yonhap", "Yonhap")]
    [InlineData("Fighting resumed overnight.\n\nAssociated Press writer Kim Tong-hyung contributed to this report.", "Associated Press")]
    public void Find_CreditLines_NameTheOutlet(string text, string expected) =>
        Assert.Contains(expected, AttributionFinder.Find(text));

    [Theory]
    [InlineData("Kim said on Tuesday that the talks would resume.")]
    [InlineData("The Democratic People's Republic of Korea (DPRK) rejected the offer.")]
    public void Find_NoCredit_FindsNone(string text) => Assert.Empty(AttributionFinder.Find(text));

    [Theory]
    [InlineData("The Associated Press", "AP", true)]
    [InlineData("Yonhap", "Yonhap News Agency", true)]
    [InlineData("Reuters", "Yonhap", false)]
    [InlineData(null, "Yonhap", false)]
    public void SameOutlet_ComparesNamesAndAliases(string? outlet, string credited, bool expected) =>
        Assert.Equal(expected, AttributionFinder.SameOutlet(outlet, credited));
}

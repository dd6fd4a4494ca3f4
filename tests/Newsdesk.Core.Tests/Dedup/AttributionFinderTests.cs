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

    [Theory]
    [InlineData("peninsulawire.example", "SEOUL, Nov. 21 (Peninsula Wire) -- North Korea fired two missiles.", "Peninsula Wire")]
    [InlineData("www.harborledger.example", "BUSAN, Nov. 20 (The Harbor Ledger) — Dock workers walked out.", "The Harbor Ledger")]
    [InlineData("harborledger.example", "BUSAN, Nov. 20 (Harbor Ledger) – Dock workers walked out.", "Harbor Ledger")]
    [InlineData("m.kestrelnews.example", "TOKYO (Kestrel News) -- Japan protested.\nMore text.", "Kestrel News")]
    public void SelfCredit_AHostOutlet_TakesTheNameItsOwnDatelineGives(string outlet, string text, string expected) =>
        Assert.Equal(expected, AttributionFinder.SelfCredit(outlet, text));

    [Theory]
    // A pickup site crediting the agency it copied keeps its own host.
    [InlineData("koreanewsnow.example", "SEOUL, Nov. 21 (Peninsula Wire) -- North Korea fired two missiles.")]
    // An outlet with a name keeps it.
    [InlineData("Harbor Ledger", "SEOUL, Nov. 21 (Peninsula Wire) -- North Korea fired two missiles.")]
    [InlineData("Peninsula Wire", "SEOUL, Nov. 21 (Peninsula Wire) -- North Korea fired two missiles.")]
    [InlineData(null, "SEOUL, Nov. 21 (Peninsula Wire) -- North Korea fired two missiles.")]
    // The name in brackets mid-sentence, or with no dash after it, is no dateline.
    [InlineData("peninsulawire.example", "North Korea fired two missiles, according to the agency (Peninsula Wire) -- officials said.")]
    [InlineData("peninsulawire.example", "SEOUL, Nov. 21 (Peninsula Wire) North Korea fired two missiles.")]
    [InlineData("peninsulawire.example", "")]
    public void SelfCredit_NoOwnDateline_IsNone(string? outlet, string text) =>
        Assert.Null(AttributionFinder.SelfCredit(outlet, text));
}

using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Tests.Articles;

public sealed class OutletNamesTests
{
    [Theory]
    [InlineData("yna.co.kr", true)]
    [InlineData("peninsulawire.example", true)]
    [InlineData("www.reuters.com", true)]
    [InlineData("Reuters", false)]
    [InlineData("N.Y. Post", false)]
    [InlineData("St. Louis Post-Dispatch", false)]
    [InlineData(".example", false)]
    [InlineData("example.", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsHost_OneWordWithADot(string? outlet, bool expected) => Assert.Equal(expected, OutletNames.IsHost(outlet));

    [Theory]
    [InlineData("WWW.PeninsulaWire.example", "peninsulawire.example", "peninsulawire", "//peninsulawire.example/")]
    [InlineData("m.kestrelnews.example.", "kestrelnews.example", "kestrelnews", "//kestrelnews.example/")]
    [InlineData("yna.co.kr", "yna.co.kr", "yna", "//yna.co.kr/")]
    public void HostKey_AsCanonicalAddressesSpellIt(string host, string key, string label, string prefix)
    {
        Assert.Equal(key, OutletNames.HostKey(host));
        Assert.Equal(label, OutletNames.FirstLabel(host));
        Assert.Equal(prefix, OutletNames.CanonicalPrefix(host));
        Assert.StartsWith(prefix, Newsdesk.Core.Dedup.UrlCanonicalizer.Canonicalize("https://" + host.TrimEnd('.') + "/a/b"), StringComparison.Ordinal);
    }
}

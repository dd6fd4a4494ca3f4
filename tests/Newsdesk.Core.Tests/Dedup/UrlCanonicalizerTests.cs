using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Tests.Dedup;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://www.example.com/news/1/?utm_source=tw&id=4#top", "//example.com/news/1?id=4")]
    [InlineData("http://EXAMPLE.com:80/news/1", "//example.com/news/1")]
    [InlineData("https://m.example.com/news/1/amp", "//example.com/news/1")]
    [InlineData("https://example.com/amp/news/1", "//example.com/news/1")]
    [InlineData("https://example.com/a?b=2&a=1&fbclid=x", "//example.com/a?a=1&b=2")]
    [InlineData("https://example.com:8443/a", "//example.com:8443/a")]
    [InlineData("http://example.com/news/1", "//example.com/news/1")]
    [InlineData("https://amp.example.com/news/1.amp", "//example.com/news/1")]
    [InlineData("https://mobile.example.com/news/1/amp.html", "//example.com/news/1")]
    [InlineData("https://example.com/news/1?outputType=amp&utm_medium=rss&mc_cid=9", "//example.com/news/1")]
    [InlineData("https://example.com/news/1?id=4&gclid=abc&ref=tw", "//example.com/news/1?id=4")]
    public void Canonicalize_MapsVariantsToOneKey(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/file")]
    [InlineData("javascript:alert(1)")]
    public void Canonicalize_NonHttp_ReturnsNull(string? url) => Assert.Null(UrlCanonicalizer.Canonicalize(url));
}

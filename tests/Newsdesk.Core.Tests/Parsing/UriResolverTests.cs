using Newsdesk.Core.Parsing.Uris;

namespace Newsdesk.Core.Tests.Parsing;

public sealed class UriResolverTests
{
    [Theory]
    // RFC 3986 section 5.4 examples (base http://a/b/c/d;p?q)
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("https://other/x", "https://other/x")]
    // What feeds add: padding, IRIs kept as written
    [InlineData("  /padded  ", "http://a/padded")]
    [InlineData("À", "http://a/b/c/À")]
    public void Resolve_AgainstRfcBase(string reference, string expected) =>
        Assert.Equal(expected, UriResolver.Resolve("http://a/b/c/d;p?q", reference));

    [Fact]
    public void Resolve_CollapsesExtraSlashesAfterHttpScheme() =>
        Assert.Equal("http://example.com/test/", UriResolver.Resolve("http://example.com/", "http:///example.com/test/"));

    [Theory]
    [InlineData("http://x/", true)]
    [InlineData("https://x/", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("relative/", false)]
    public void IsSafeBase_RefusesScriptSchemesAndRelatives(string uri, bool safe) => Assert.Equal(safe, UriResolver.IsSafeBase(uri));
}

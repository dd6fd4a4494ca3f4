using Newsdesk.Core.Parsing.Html;

namespace Newsdesk.Core.Tests.Parsing;

public sealed class HtmlContentTests
{
    private const string Base = "https://news.example/2026/story/";

    [Theory]
    [InlineData("<a href=\"/x\">x</a>", "<a href=\"https://news.example/x\">x</a>")]
    [InlineData("<a href='../y'>y</a>", "<a href='https://news.example/2026/y'>y</a>")]
    [InlineData("<img src=pic.jpg alt=\"a\">", "<img src=https://news.example/2026/story/pic.jpg alt=\"a\">")]
    [InlineData("<a href=\"https://other.example/\">kept</a>", "<a href=\"https://other.example/\">kept</a>")]
    [InlineData("<a href=\"#top\">anchor</a>", "<a href=\"#top\">anchor</a>")]
    [InlineData("<a href=\"javascript:alert(1)\">js</a>", "<a href=\"javascript:alert(1)\">js</a>")]
    [InlineData("<a title=\"/not-a-uri\">t</a>", "<a title=\"/not-a-uri\">t</a>")]
    [InlineData("<a href=\"/q?a=1&amp;b=2\">q</a>", "<a href=\"https://news.example/q?a=1&amp;b=2\">q</a>")]
    [InlineData("<img srcset=\"a.jpg 1x, /b.jpg 2x\">", "<img srcset=\"https://news.example/2026/story/a.jpg 1x, https://news.example/b.jpg 2x\">")]
    [InlineData("<!-- <a href=\"/c\"> --><script>var s = '<a href=\"/s\">';</script>", "<!-- <a href=\"/c\"> --><script>var s = '<a href=\"/s\">';</script>")]
    [InlineData("no markup at all", "no markup at all")]
    public void Rewrite_ResolvesOnlyRelativeUriAttributes(string html, string expected) =>
        Assert.Equal(expected, HtmlUriRewriter.Rewrite(html, Base));

    [Theory]
    [InlineData("<b>Bold</b> move", true)]
    [InlineData("AT&amp;T", true)]
    [InlineData("Caf&eacute;", true)]
    [InlineData("2 < 3 and 4 > 1", false)]
    [InlineData("Tom & Jerry", false)]
    [InlineData("Use <Foo> in </Foo> generics", false)]
    [InlineData("&notanentity;", false)]
    public void LooksLikeHtml_NeedsKnownTagsOrEntities(string text, bool html) => Assert.Equal(html, HtmlSniffer.LooksLikeHtml(text));

    [Theory]
    [InlineData("&lt;!' <a href=\"foo\">", "&lt;!' <a href=\"foo\">")]
    [InlineData("<!' <a href=\"foo\">", "&lt;!' <a href=\"foo\">")]
    [InlineData("<!-- c --><!DOCTYPE html><![CDATA[x]]>", "<!-- c --><!DOCTYPE html><![CDATA[x]]>")]
    public void StrayMarkup_EscapesBogusDeclarations(string html, string expected) => Assert.Equal(expected, StrayMarkup.Escape(html));
}

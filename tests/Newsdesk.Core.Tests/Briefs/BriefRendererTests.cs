using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Tests.Briefs;

public sealed class BriefRendererTests
{
    private static BriefView View(string? url = "https://ledger.example/a?x=1&y=2", string headline = "Envoys <meet> & talk") => new(
        "Daily brief",
        new DateOnly(2026, 11, 21),
        null,
        [new BriefQuoteView("Dialogue is a tool.", "Park Mi-rae", "Unification Minister")],
        [
            new BriefItemView(1, headline, "Harbor Ledger", "Tom Ashby", new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), url,
                "Watch the <b>timing</b>.\n\nSecond note.",
                [Block.Paragraph("North Korea fired two missiles on Saturday morning, the military said, a day after the start of joint drills by Seoul and Washington that Pyongyang had vowed to answer."), Block.Quote("We will respond.")]),
            new BriefItemView(2, "No link here", null, null, null, null, null, [Block.Paragraph("Second item text.")]),
        ]);

    [Fact]
    public void Html_EncodesEverything_AndHasEveryPart()
    {
        var html = BriefHtmlRenderer.Render(View());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("Envoys &lt;meet&gt; &amp; talk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<meet>", html, StringComparison.Ordinal);
        Assert.Contains("Watch the &lt;b&gt;timing&lt;/b&gt;.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://ledger.example/a?x=1&amp;y=2\"", html, StringComparison.Ordinal);
        Assert.Contains("Dialogue is a tool.", html, StringComparison.Ordinal);
        Assert.Contains("Park Mi-rae, Unification Minister", html, StringComparison.Ordinal);
        Assert.Contains("Harbor Ledger · By Tom Ashby · 21 November 2026", html, StringComparison.Ordinal);
        Assert.Contains("Saturday 21 November 2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithWebUrl_LinksToThePublishedBrief()
    {
        var html = BriefHtmlRenderer.Render(View(), "https://desk.example/archive/2026-11-21");
        Assert.Contains("Read this brief on the web: <a href=\"https://desk.example/archive/2026-11-21\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Read this brief on the web", BriefHtmlRenderer.Render(View(), "javascript:alert(1)"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_HasTheSameBodyWithClassHooksAndNoStyles()
    {
        var view = View() with { Intro = "First <i>line</i>.\n\nSecond line." };
        var fragment = BriefHtmlRenderer.RenderFragment(view);

        Assert.DoesNotContain("style=", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Contains("<div class=\"brief-intro\"><p>First &lt;i&gt;line&lt;/i&gt;.</p><p>Second line.</p></div>", fragment, StringComparison.Ordinal);
        Assert.Contains("<div id=\"item-1\" class=\"brief-item\">", fragment, StringComparison.Ordinal);
        Assert.Contains("<div class=\"commentary\"><p><strong>Editor’s note:</strong> Watch the &lt;b&gt;timing&lt;/b&gt;.</p><p>Second note.</p></div>", fragment, StringComparison.Ordinal);
        Assert.Contains("<p class=\"who\">— Park Mi-rae, Unification Minister</p>", fragment, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">Harbor Ledger · By Tom Ashby · 21 November 2026</p>", fragment, StringComparison.Ordinal);

        // The page form carries the same texts, styled inline.
        var page = BriefHtmlRenderer.Render(view);
        Assert.Contains("<p class=\"meta\" style=", page, StringComparison.Ordinal);
        Assert.Contains("Second line.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteAttribution_NamesTheOutletWhenKnown()
    {
        var view = View() with { Quotes = [new BriefQuoteView("We will respond.", "Kim Yo-jong", null) { Outlet = "KCNA" }, new BriefQuoteView("Unattributed.", null, null)] };
        Assert.Contains("— Kim Yo-jong, KCNA", BriefTextRenderer.Render(view), StringComparison.Ordinal);
        Assert.Contains("— Kim Yo-jong, KCNA", BriefHtmlRenderer.Render(view), StringComparison.Ordinal);
        Assert.Contains("\u2014 Kim Yo-jong, KCNA", BriefMarkdownRenderer.Render(view), StringComparison.Ordinal);
        Assert.DoesNotContain("— \n", BriefTextRenderer.Render(view), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>x</script>")]
    [InlineData("ftp://files.example/a")]
    [InlineData("/relative/path")]
    public void AllRenderers_LinkOnlyHttp(string url)
    {
        var view = View(url);
        Assert.DoesNotContain("javascript:", BriefHtmlRenderer.Render(view), StringComparison.Ordinal);
        Assert.DoesNotContain(url, BriefHtmlRenderer.Render(view), StringComparison.Ordinal);
        Assert.DoesNotContain(url, BriefTextRenderer.Render(view), StringComparison.Ordinal);
        Assert.DoesNotContain(url, BriefMarkdownRenderer.Render(view), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IsWrappedAt72Columns_AndHasEveryPart()
    {
        var text = BriefTextRenderer.Render(View());
        Assert.All(text.Split('\n').Where(l => !l.StartsWith("http", StringComparison.Ordinal)), l => Assert.True(l.Length <= BriefTextRenderer.Width, l));
        Assert.Contains("QUOTES OF THE DAY", text, StringComparison.Ordinal);
        Assert.Contains("— Park Mi-rae, Unification Minister", text, StringComparison.Ordinal);
        Assert.Contains("1. Envoys <meet> & talk\n2. No link here\n", text, StringComparison.Ordinal);
        Assert.Contains("https://ledger.example/a?x=1&y=2", text, StringComparison.Ordinal);
        Assert.Contains("  > Watch the <b>timing</b>.", text, StringComparison.Ordinal);
        Assert.Contains("“We will respond.”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesArticleText()
    {
        var md = BriefMarkdownRenderer.Render(View(headline: "[Click](javascript:x) *now* 12. items"));
        Assert.Contains(@"\[Click\]\(javascript:x\) \*now\* 12. items", md, StringComparison.Ordinal);
        Assert.Contains("## Quotes of the day", md, StringComparison.Ordinal);
        Assert.Contains("> **Editor’s note:** Watch the \\<b\\>timing\\</b\\>.\n>\n> Second note.", md, StringComparison.Ordinal);
        Assert.Contains("<https://ledger.example/a?x=1&y=2>", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12. Opening line", "12\\. Opening line")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("a_b", "a\\_b")]
    public void Markdown_Escape(string text, string expected) => Assert.Equal(expected, BriefMarkdownRenderer.Escape(text));
}

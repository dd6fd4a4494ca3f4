using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Tests.Briefs;

/// <summary>A story item in every format: cited summary, the story's outlets, the figures table; all of it escaped, only http(s) linked.</summary>
public sealed class BriefStoryRenderingTests
{
    private const string Hostile = "Ev<b>il</b> & Co";

    private static FigureClaim Claim(string text, double value, long articleId, string outlet) =>
        new(text, value, value, FigureQualifier.Exact, [new FigureSighting(new ArticleFigure { Text = text, Value = value, Kind = FigureKind.Count }, articleId, outlet, null, text)]);

    private static BriefView View() => new(
        "Daily brief",
        new DateOnly(2026, 11, 21),
        null,
        [],
        [
            new BriefItemView(1, "Missiles fired", "Peninsula Wire", null, null, "https://wire.example/launch", null, [])
            {
                ExcerptMode = ExcerptMode.Summary,
                Summary =
                [
                    new CitedSentence("North Korea fired two missiles.", 1, "Peninsula Wire", "Missiles fired", "https://wire.example/launch"),
                    new CitedSentence("They flew  about\n350 kilometers.", 1, "Peninsula Wire", "Missiles fired", "https://wire.example/launch"),
                    new CitedSentence("Tokyo counted <three>.", 2, Hostile, "Three missiles", "javascript:alert(1)"),
                ],
                OriginalOutlet = "Peninsula Wire",
                AlsoCarriedBy = ["Harbor Post", Hostile],
                AlsoReportedBy = ["Kestrel News"],
                Figures = [new FigureDisagreement(FigureKind.Count, "missiles", "", false, [Claim("two missiles", 2, 1, "Peninsula Wire"), Claim("three | <missiles>", 3, 2, Hostile)])],
            },
        ]);

    [Fact]
    public void Html_CitesEachRunOfSentences_ShowsSourcesAndFigures_EscapesAll()
    {
        foreach (var html in new[] { BriefHtmlRenderer.Render(View()), BriefHtmlRenderer.RenderFragment(View()) })
        {
            Assert.Contains("North Korea fired two missiles. They flew about 350 kilometers. <span class=\"cite\"", html, StringComparison.Ordinal);
            Assert.Contains(">Peninsula Wire</a>)</span> Tokyo counted &lt;three&gt;. <span class=\"cite\"", html, StringComparison.Ordinal);
            Assert.Contains("(Ev&lt;b&gt;il&lt;/b&gt; &amp; Co)</span></p>", html, StringComparison.Ordinal);
            Assert.Contains("First reported by Peninsula Wire · also carried by Harbor Post, Ev&lt;b&gt;il&lt;/b&gt; &amp; Co · also reported by Kestrel News", html, StringComparison.Ordinal);
            Assert.Contains("Figures the outlets disagree on</caption>", html, StringComparison.Ordinal);
            Assert.Contains(">missiles</td>", html, StringComparison.Ordinal);
            Assert.Contains(">three | &lt;missiles&gt;</td>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<three>", html, StringComparison.Ordinal);
        }

        var fragment = BriefHtmlRenderer.RenderFragment(View());
        Assert.Contains("<p class=\"sources\">", fragment, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">", fragment, StringComparison.Ordinal);
        Assert.Contains("<table class=\"figures\">", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_LinksSafeCitationsOnly_AndEscapesTableCells()
    {
        var md = BriefMarkdownRenderer.Render(View());
        Assert.Contains("North Korea fired two missiles. They flew about 350 kilometers. ([Peninsula Wire](<https://wire.example/launch>)) Tokyo counted \\<three\\>. (Ev\\<b\\>il\\</b\\> & Co)", md, StringComparison.Ordinal);
        Assert.Contains("First reported by Peninsula Wire · also carried by Harbor Post, Ev\\<b\\>il\\</b\\> & Co · also reported by Kestrel News", md, StringComparison.Ordinal);
        Assert.Contains("| What | Figure | Reported by |\n|---|---|---|\n| missiles | two missiles | Peninsula Wire |\n|  | three \\| \\<missiles\\> | Ev\\<b\\>il\\</b\\> & Co |\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_CitesByOutlet_AndListsTheDisputedValues()
    {
        var text = BriefTextRenderer.Render(View());
        Assert.Contains("North Korea fired two missiles. They flew about 350 kilometers.\n(Peninsula Wire) Tokyo counted <three>. (Ev<b>il</b> & Co)", text, StringComparison.Ordinal);
        Assert.Contains("First reported by Peninsula Wire · also carried by Harbor Post, Ev<b>il</b> & Co · also reported by Kestrel News", text.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.Contains("Figures the outlets disagree on:\n  missiles:\n    - two missiles — Peninsula Wire\n    - three | <missiles> — Ev<b>il</b> & Co\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n').Where(l => !l.StartsWith("http", StringComparison.Ordinal)), l => Assert.True(l.Length <= BriefTextRenderer.Width, l));
    }

    [Fact]
    public void SourcesLine_OnlyWhenTheStoryHasMoreThanItsOwnOutlet()
    {
        var alone = new BriefItemView(1, "H", "Coast Times", null, null, null, null, []) { OriginalOutlet = "Coast Times" };
        Assert.Equal("", BriefFormat.SourcesLine(alone));
        Assert.Equal("First reported by Kyodo", BriefFormat.SourcesLine(alone with { OriginalOutlet = "Kyodo" }));
        Assert.Equal("Also carried by Harbor Post", BriefFormat.SourcesLine(alone with { OriginalOutlet = null, AlsoCarriedBy = ["Harbor Post"] }));
    }
}

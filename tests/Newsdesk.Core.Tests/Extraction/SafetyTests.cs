using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

/// <summary>The extractor emits text blocks and http(s) links only: nothing a page ships as code reaches a reader.</summary>
public sealed class SafetyTests
{
    private const string Page = """
        <html><head><script>var leaked = "HEAD SCRIPT";</script><style>.a { content: "HEAD STYLE" }</style></head>
        <body onload="BODY ONLOAD">
        <div class="article-body">
        <p onclick="CLICK HANDLER">The water authority said on Monday that the reservoir had reached its highest level in a decade after weeks of rain.</p>
        <script>document.write("INLINE SCRIPT")</script>
        <style>p::after { content: "INLINE STYLE" }</style>
        <noscript>NOSCRIPT FALLBACK with enough words to pass for a paragraph of prose in a naive reader.</noscript>
        <template><p>TEMPLATE CONTENT with enough words to pass for a paragraph of prose in a naive reader.</p></template>
        <iframe srcdoc="<p>IFRAME DOC</p>"></iframe>
        <svg><script>SVG SCRIPT</script><text>SVG TEXT</text></svg>
        <p>Over the course of the afternoon, engineers working for the authority opened <a href="javascript:alert(1)">the spillway</a>, then <a href="data:text/html,<script>x</script>">the overflow</a>,
           <a href="vbscript:msgbox">the sluice</a>, <a href="//cdn.example/gate">the gate</a> and finally <a href="https://water.example/valve" onmouseover="HOVER">the valve</a>, one after another, to release the water slowly into the river below the dam.</p>
        <img src="x" onerror="IMG ONERROR">
        <p>Residents downstream were told to expect higher river levels through the weekend but no flooding of homes or roads.</p>
        </div></body></html>
        """;

    [Fact]
    public void ScriptStyleAndHandlerContent_NeverReachBlocks()
    {
        var result = new ArticleExtractor().Extract(Page, new Uri("https://water.example/news/reservoir"));
        var text = ExtractionFixtures.Text(result);

        Assert.Contains("highest level in a decade", text, StringComparison.Ordinal);
        Assert.Contains("no flooding of homes", text, StringComparison.Ordinal);
        foreach (var leaked in new[] { "SCRIPT", "STYLE", "ONLOAD", "HANDLER", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "HOVER", "ONERROR", "<", "alert" })
        {
            Assert.DoesNotContain(leaked, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Links_KeepOnlyHttpAndHttps()
    {
        var result = new ArticleExtractor().Extract(Page, new Uri("https://water.example/news/reservoir"));
        var links = result.Blocks.SelectMany(b => b.Links ?? []).Select(l => l.Href).ToList();

        Assert.Equal(["https://cdn.example/gate", "https://water.example/valve"], links);
    }

    [Fact]
    public void Metadata_UrlsKeepOnlyHttpAndHttps()
    {
        const string Html = """
            <html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">
            <meta property="og:image" content="file:///etc/passwd"><meta name="twitter:image" content="ftp://x/y.png"></head><body></body></html>
            """;
        var result = new ArticleExtractor().Extract(Html, null);

        Assert.Null(result.CanonicalUrl);
        Assert.Null(result.LeadImageUrl);
    }

    [Fact]
    public void MetadataText_IsDecodedText_NotMarkup()
    {
        const string Html = """<html><head><meta property="og:title" content="Fish &amp; chips &lt;b&gt;tax&lt;/b&gt;"></head><body></body></html>""";

        Assert.Equal("Fish & chips <b>tax</b>", new ArticleExtractor().Extract(Html, null).Title);
    }
}

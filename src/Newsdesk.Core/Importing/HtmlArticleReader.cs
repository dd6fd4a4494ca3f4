using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Importing;

/// <summary>
/// A first, simple main-text reader for saved HTML pages: metadata from meta tags, the body from
/// the article element (else main, else the element holding the most paragraph text), as
/// paragraphs handed to the same cleaning as text imports. Core/Extraction will replace it; keep
/// it behind <see cref="Read"/>.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Elements that never hold article text.</summary>
    private const string Furniture = "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, select, [role=navigation], [aria-hidden=true]";

    private const string BlockElements = "p, h2, h3, h4, h5, h6, blockquote, li, pre, figcaption";

    public static ArticleDraft? Read(string html, string origin)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var header = new ArticleHeader
        {
            Title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim(),
            Language = document.DocumentElement.GetAttribute("lang"),
        };
        var byline = Meta(document, "author") ?? document.QuerySelector("[rel=author], .byline, .author")?.TextContent;
        if (!string.IsNullOrWhiteSpace(byline))
        {
            header.Byline = Cleaning.PersonNames.Tidy(byline);
            header.Lines.Add(byline.Trim());
        }

        header.OfferOutlet(Meta(document, "og:site_name"), OutletEvidence.Masthead);
        var published = Meta(document, "article:published_time") ?? Meta(document, "date") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        header.PublishedAt = published is null ? null : LooseDate.Find(published)?.Value;
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
        {
            header.Links.Add(url);
        }

        var dek = Meta(document, "description");
        foreach (var junk in document.QuerySelectorAll(Furniture).ToList())
        {
            junk.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[itemprop=articleBody]") ?? Densest(document);
        if (root is null || string.IsNullOrWhiteSpace(header.Title))
        {
            return null;
        }

        var paragraphs = new List<string>();
        foreach (var element in root.QuerySelectorAll(BlockElements))
        {
            // A paragraph inside a quote or list item is read with it.
            if (element.ParentElement?.Closest("blockquote, li") is not null && element.LocalName is "p")
            {
                continue;
            }

            var text = Normalize(element.TextContent);
            if (text.Length == 0 || text == header.Title)
            {
                continue;
            }

            paragraphs.Add(element.LocalName switch
            {
                "blockquote" => "> " + text,
                "li" => (element.ParentElement?.LocalName == "ol" ? "1. " : "- ") + text,
                "h2" or "h3" or "h4" or "h5" or "h6" => "## " + text,
                _ => text,
            });
        }

        // The standfirst is often the meta description; keep it only when the body does not open with it.
        if (dek is not null && paragraphs.Count > 0 && !paragraphs[0].StartsWith(dek.Trim(), StringComparison.Ordinal) && !Cleaning.JunkContext.Words(dek).Equals(0))
        {
            header.Dek = HeaderLineReader.EndsSentence(dek) ? null : dek.Trim();
        }

        // Pages print bylines, dates and share bars as paragraphs above the text: read them as metadata.
        var start = 0;
        while (start < paragraphs.Count && HeaderLineReader.TryRead(paragraphs, start, header) is var used and > 0)
        {
            start += used;
        }

        return ArticleAssembler.Build(header.Title!, header, paragraphs.Skip(start).ToList(), origin);
    }

    private static string? Meta(IDocument document, string name)
    {
        var value = document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The element whose own paragraphs hold the most text.</summary>
    private static IElement? Densest(IDocument document) =>
        document.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .MaxBy(e => e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length)) ?? document.Body;

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

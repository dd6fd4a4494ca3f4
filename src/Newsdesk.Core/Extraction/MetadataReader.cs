using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Reads a page's metadata from every signal it offers, in order of trust:
/// 1. JSON-LD (<see cref="JsonLdReader"/>);
/// 2. OpenGraph, article:*, twitter:* and named meta tags (<see cref="MetaTagNames"/>);
/// 3. link rel=canonical and rel=image_src;
/// 4. microdata (itemprop headline, author, datePublished, dateModified, inLanguage);
/// 5. the DOM: &lt;time&gt; elements, byline elements (rel=author, "byline"/"author" classes),
///    the h1 and the &lt;title&gt;, the html lang attribute;
/// 6. the URL: a date in its path.
/// The first signal to give a field wins.
/// </summary>
internal static class MetadataReader
{
    /// <summary>Longest text read from one byline or time element.</summary>
    private const int MaxElementText = 300;

    public static PageMetadata Read(IHtmlDocument document, Uri? url)
    {
        var metadata = new PageMetadata();
        var page = Collect(document);

        // 1. JSON-LD
        JsonLdReader.Read(page.JsonLd, metadata, url);

        // 2. meta tags
        MetaTagNames.Apply(page.Meta, metadata, url);

        // 3. links
        metadata.SetCanonical(page.Canonical, url);
        metadata.SetLeadImage(page.ImageSrc, url);

        // 4. microdata
        foreach (var (name, element) in page.ItemProps)
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            switch (name)
            {
                case "headline":
                    metadata.SetTitle(value ?? TextOf(element));
                    break;
                case "datepublished":
                    metadata.SetPublished(value ?? TextOf(element));
                    break;
                case "datemodified":
                    metadata.SetModified(value ?? TextOf(element));
                    break;
                case "inlanguage":
                    metadata.SetLanguage(value ?? TextOf(element));
                    break;
                case "articlesection":
                    metadata.SetSection(value ?? TextOf(element));
                    break;
                case "author":
                    var nameElement = FindItemProp(element, "name");
                    metadata.SetBylines([nameElement?.GetAttribute("content") ?? (nameElement is null ? value ?? TextOf(element) : TextOf(nameElement))]);
                    break;
            }
        }

        // 5. the DOM
        foreach (var time in page.Times)
        {
            metadata.SetPublished(time.GetAttribute("datetime"));
        }

        foreach (var element in page.Bylines)
        {
            metadata.SetBylines([TextOf(element)]);
        }

        // The h1 is the headline only when the <title> agrees; many sites put their logo in an h1.
        var h1 = page.FirstH1 is null ? null : TextOf(page.FirstH1);
        if (h1 is { Length: > 0 } && (page.Title is null || page.Title.Contains(h1, StringComparison.OrdinalIgnoreCase)))
        {
            metadata.SetTitle(h1);
        }

        metadata.SetTitle(TitleText.WithoutSiteName(page.Title, metadata.SiteName));
        metadata.Title = TitleText.WithoutKnownSiteName(metadata.Title, metadata.SiteName);
        metadata.SetLanguage(document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang"));

        // 6. the URL
        metadata.Published ??= MetadataDates.FromUrl(metadata.CanonicalUri ?? url);
        return metadata;
    }

    private sealed class Signals
    {
        public List<string> JsonLd { get; } = [];

        public List<(string Key, string Content)> Meta { get; } = [];

        public List<(string Name, IElement Element)> ItemProps { get; } = [];

        public List<IElement> Times { get; } = [];

        public List<IElement> Bylines { get; } = [];

        public string? Canonical { get; set; }

        public string? ImageSrc { get; set; }

        public IElement? FirstH1 { get; set; }

        public string? Title { get; set; }
    }

    /// <summary>One iterative pass over the document gathering every element a signal reads.</summary>
    private static Signals Collect(IHtmlDocument document)
    {
        var signals = new Signals();
        if (document.DocumentElement is not { } root)
        {
            return signals;
        }

        // ChildNodes is an indexed list; Children is a filtered view whose indexer walks the siblings.
        var stack = new Stack<(INode Node, int Child)>();
        stack.Push((root, 0));
        Visit(root, signals);
        while (stack.Count > 0)
        {
            var (node, child) = stack.Pop();
            var children = node.ChildNodes;
            if (child >= children.Length)
            {
                continue;
            }

            stack.Push((node, child + 1));
            if (children[child] is not IElement next)
            {
                continue;
            }

            Visit(next, signals);
            if (next.LocalName is not ("script" or "style" or "svg" or "template" or "noscript"))
            {
                stack.Push((next, 0));
            }
        }

        return signals;
    }

    private static void Visit(IElement element, Signals signals)
    {
        switch (element.LocalName)
        {
            case "meta":
                var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
                var content = element.GetAttribute("content");
                if (key is not null && content is not null)
                {
                    signals.Meta.Add((key.Trim().ToLowerInvariant(), content));
                }

                break;
            case "script":
                if (element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    signals.JsonLd.Add(element.TextContent);
                }

                return;
            case "link":
                var linkRel = element.GetAttribute("rel");
                if (linkRel is not null && linkRel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
                {
                    signals.Canonical ??= element.GetAttribute("href");
                }
                else if (linkRel is not null && linkRel.Equals("image_src", StringComparison.OrdinalIgnoreCase))
                {
                    signals.ImageSrc ??= element.GetAttribute("href");
                }

                break;
            case "title":
                signals.Title ??= element.TextContent;
                return;
            case "time":
                if (element.HasAttribute("datetime") && (element.HasAttribute("pubdate") || signals.Times.Count < 8))
                {
                    if (element.HasAttribute("pubdate"))
                    {
                        signals.Times.Insert(0, element);
                    }
                    else
                    {
                        signals.Times.Add(element);
                    }
                }

                break;
            case "h1":
                signals.FirstH1 ??= element;
                break;
        }

        string? itemprop = null, rel = null, className = null, id = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "itemprop":
                    itemprop = attribute.Value;
                    break;
                case "rel":
                    rel = attribute.Value;
                    break;
                case "class":
                    className = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
            }
        }

        if (itemprop is not null && itemprop.Length < 40)
        {
            signals.ItemProps.Add((itemprop.Trim().ToLowerInvariant(), element));
        }

        if (signals.Bylines.Count < 8 && ((rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase)) || IsBylineName(className) || IsBylineName(id)))
        {
            signals.Bylines.Add(element);
        }
    }

    /// <summary>
    /// Byline heuristic (besides rel=author): a class or id that names a byline or an author name
    /// ("byline", "author-name", "c-byline__author-name"), but not "author-bio" boxes or avatar
    /// images, whose text is a biography or empty.
    /// </summary>
    private static bool IsBylineName(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 512)
        {
            return false;
        }

        // Every byline name contains "byline" or "author": most class names contain neither.
        if (!names.Contains("byline", StringComparison.OrdinalIgnoreCase) && !names.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var named = false;
        foreach (var token in BylineNames)
        {
            named |= names.Contains(token, StringComparison.OrdinalIgnoreCase);
        }

        return named && !NotBylineNames.Any(token => names.Contains(token, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] BylineNames = ["byline", "author-name", "author_name", "authorname", "article-author", "post-author"];

    private static readonly string[] NotBylineNames = ["bio", "avatar", "image", "authority"];

    private static IElement? FindItemProp(IElement scope, string name)
    {
        var stack = new Stack<IElement>();
        stack.Push(scope);
        var visited = 0;
        while (stack.Count > 0 && visited++ < 200)
        {
            var element = stack.Pop();
            if (!ReferenceEquals(element, scope) && string.Equals(element.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
            {
                return element;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return null;
    }

    /// <summary>An element's text, whitespace collapsed, read iteratively and cut at <see cref="MaxElementText"/>.</summary>
    internal static string TextOf(IElement element)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0 && sb.Length < MaxElementText)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data).Append(' ');
                continue;
            }

            if (node is IElement e && e.LocalName is "script" or "style" or "svg" or "noscript" or "template")
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return PageMetadata.Clean(sb.ToString()) ?? "";
    }
}

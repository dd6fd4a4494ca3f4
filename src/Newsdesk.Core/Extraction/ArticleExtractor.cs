using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Reads the article out of a web page: the body as blocks (never page HTML) and the metadata
/// the page states. Thread-safe; one instance serves the whole process.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>
    /// Longest page read, in characters; the rest is cut before parsing. Real article pages on
    /// the shared set are at most 1.5 MB; 8 M characters bounds parse time (about 0.1 s) and the
    /// DOM's memory (a few hundred MB at worst) for hostile or broken pages.
    /// </summary>
    public const int MaxHtmlChars = 8 * 1024 * 1024;

    /// <summary>
    /// Recall escalation threshold: a body with less prose than this is re-read without the
    /// class/id vocabulary, in case a container of the article carried a furniture token.
    /// </summary>
    public const int MinBodyChars = 250;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsKeepingSourceReferences = false,
        IsScripting = false,
        SkipComments = true,
    };

    /// <summary>Reads a page already decoded to text.</summary>
    public ExtractionResult Extract(string html, Uri? url, SiteRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (PageDecoder.LooksBinary(html))
        {
            return ExtractionResult.Failed("not an HTML page (binary content)");
        }

        if (html.Length > MaxHtmlChars)
        {
            html = html[..MaxHtmlChars];
        }

        // Script and style text is half of a typical page and none of its article: not parsed.
        var document = new HtmlParser(ParserOptions).ParseDocument(RawTextRemover.Remove(html));
        return Extract(document, url, rules ?? SiteRules.None);
    }

    /// <summary>
    /// Reads a page from its bytes, decoding them by the byte-order mark, then the HTTP charset,
    /// then the page's own meta charset, then UTF-8 (Windows-1252 when the bytes are not UTF-8).
    /// </summary>
    public ExtractionResult Extract(ReadOnlySpan<byte> bytes, Uri? url, string? httpCharset = null, SiteRules? rules = null)
    {
        var limited = bytes.Length > MaxHtmlChars ? bytes[..MaxHtmlChars] : bytes;
        if (PageDecoder.LooksBinary(limited))
        {
            return ExtractionResult.Failed("not an HTML page (binary content)");
        }

        return Extract(PageDecoder.Decode(limited, httpCharset), url, rules);
    }

    private static ExtractionResult Extract(IHtmlDocument document, Uri? url, SiteRules rules)
    {
        var metadata = MetadataReader.Read(document, url);
        var baseUrl = metadata.CanonicalUri ?? url;
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return metadata.ToResult([]);
        }

        var body = ReadBody(document, root, rules, metadata, baseUrl);

        // The byline of wire copy is often only its reporter's sign-off ("Hyo-Ju Son hjson@daily.example"),
        // which the junk rules remove from the text: read it when no other signal named anyone.
        if (metadata.Bylines.Count == 0
            && body.Removed.LastOrDefault(r => r.Rule == ReporterSignoffRule.RuleName) is { } signoff
            && ReporterSignoffRule.NameIn(signoff.Text) is { } name)
        {
            metadata.Bylines.Add(name);
        }

        return metadata.ToResult(body.Blocks);
    }

    /// <summary>The body's blocks and the lines the junk rules removed from it.</summary>
    private sealed record Body(List<Block> Blocks, List<RemovedParagraph> Removed);

    private static Body ReadBody(IHtmlDocument document, IElement root, SiteRules rules, PageMetadata metadata, Uri? baseUrl)
    {
        foreach (var selector in rules.Remove)
        {
            foreach (var element in SelectSafely(document, selector))
            {
                element.Remove();
            }
        }

        // 1. the source's keep selectors, when they match.
        if (rules.Keep.Count > 0)
        {
            var kept = new Body([], []);
            foreach (var element in KeptElements(document, rules.Keep))
            {
                var walker = new ContentWalker(useClassVocabulary: true);
                walker.Walk(element);
                kept.Blocks.AddRange(BodyFilter.Apply(walker.Blocks, 0, walker.Blocks.Count, metadata.Title, baseUrl, metadata.Bylines, kept.Removed));
            }

            if (kept.Blocks.Count > 0)
            {
                return kept;
            }
        }

        // 2. the generic reading: the best-scoring subtree, or the body container it names.
        var body = ReadGeneric(root, metadata, baseUrl, useClassVocabulary: true);

        // 3. recall escalation: too little text, so a furniture token may have dropped the article.
        if (ProseChars(body.Blocks) < MinBodyChars)
        {
            var retry = ReadGeneric(root, metadata, baseUrl, useClassVocabulary: false);
            if (ProseChars(retry.Blocks) > ProseChars(body.Blocks))
            {
                body = retry;
            }
        }

        return body;
    }

    private static Body ReadGeneric(IElement root, PageMetadata metadata, Uri? baseUrl, bool useClassVocabulary)
    {
        var walker = new ContentWalker(useClassVocabulary);
        walker.Walk(root);
        var removed = new List<RemovedParagraph>();
        var range = BodySelection.Choose(walker);
        var blocks = range is { } r ? BodyFilter.Apply(walker.Blocks, r.Start, r.End, metadata.Title, baseUrl, metadata.Bylines, removed) : [];
        return new Body(blocks, removed);
    }

    private static int ProseChars(List<Block> blocks)
    {
        var total = 0;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Caption)
            {
                total += block.Text.Length;
            }
        }

        return total;
    }

    /// <summary>Elements matched by keep selectors, outermost only, in document order.</summary>
    private static List<IElement> KeptElements(IHtmlDocument document, IReadOnlyList<string> selectors)
    {
        var matched = new List<IElement>();
        foreach (var selector in selectors)
        {
            matched.AddRange(SelectSafely(document, selector));
        }

        var outermost = matched.Distinct()
            .Where(e => !matched.Any(other => !ReferenceEquals(other, e) && other.Contains(e)))
            .ToList();
        outermost.Sort((a, b) => a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return outermost;
    }

    /// <summary>An invalid selector in a source's rules matches nothing instead of failing the page.</summary>
    private static IEnumerable<IElement> SelectSafely(IHtmlDocument document, string selector)
    {
        try
        {
            return document.QuerySelectorAll(selector).ToList();
        }
        catch (AngleSharp.Dom.DomException)
        {
            return [];
        }
    }
}

using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads one saved file into drafts: decodes it (refusing what is not text), then picks the
/// reader by extension and shape: HTML pages, compiled digests (one draft per item), or a single
/// plain-text or Markdown article.
/// </summary>
public sealed class DocumentReader(IOptions<ImportingOptions> options)
{
    /// <summary>Extensions picked up when a folder is imported.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".md", ".markdown", ".txt.gz", ".md.gz"];

    private readonly TextFileDecoder _decoder = new(options.Value.MaxFileBytes);

    public static bool IsSupported(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public async Task<ImportedDocument> ReadAsync(string path, CancellationToken ct)
    {
        if (!IsSupported(path))
        {
            return ImportedDocument.Fail(path, $"unsupported file type (expected one of {string.Join(", ", Extensions)})");
        }

        var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzip ? path[..^3] : path;
        var html = inner.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || inner.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        DecodedDocument decoded;
        try
        {
            decoded = await _decoder.DecodeAsync(path, gzip, html, ct);
        }
        catch (IOException e)
        {
            return ImportedDocument.Fail(path, "cannot read the file: " + e.Message);
        }
        catch (UnauthorizedAccessException)
        {
            return ImportedDocument.Fail(path, "permission denied");
        }

        if (decoded.Error is not null)
        {
            return ImportedDocument.Fail(path, decoded.Error);
        }

        return Parse(path, decoded.Text!, html);
    }

    /// <summary>Parses text already decoded; <paramref name="path"/> names it in origins and errors.</summary>
    public static ImportedDocument Parse(string path, string text, bool html)
    {
        var origin = "file:" + path;
        if (html)
        {
            var page = HtmlArticleReader.Read(text, origin);
            return page is null || page.Blocks.Count == 0
                ? ImportedDocument.Fail(path, "no article text found in the page")
                : new ImportedDocument(path, [page], [], null);
        }

        var paragraphs = TextParagraphs.Split(text);
        if (DigestSplitter.TrySplit(paragraphs) is { } digest)
        {
            var drafts = digest.Items.Select(i => DigestItemReader.Read(i, $"{origin}#{i.Number}", digest.Date)).ToList();
            // Undated items take the digest's day: its own date line, else its latest item's day.
            var date = digest.Date ?? (drafts.Max(d => d.PublishedAt) is { } latest ? new DateTimeOffset(latest.UtcDateTime.Date, TimeSpan.Zero) : null);
            drafts = drafts.Select(d => d.PublishedAt is null && date is not null ? d with { PublishedAt = date } : d).ToList();
            return new ImportedDocument(path, drafts, digest.Quotes, null);
        }

        var article = PlainTextArticleReader.Read(text, origin);
        return article is null || article.Blocks.Count == 0
            ? ImportedDocument.Fail(path, "no article text found (a title line and at least one paragraph are needed)")
            : new ImportedDocument(path, [article], [], null);
    }
}

using System.Text;
using Newsdesk.Core.Parsing.Html;
using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing;

/// <summary>Reads text-bearing elements (Atom text constructs and content, RSS title and description) into <see cref="FeedText"/>.</summary>
internal static class TextConstructs
{
    /// <summary>An RSS/CDF element holding plain text; inline or escaped markup found in it makes it HTML.</summary>
    public static FeedText Plain(ParsedElement e)
    {
        if (e.HasElementChildren || HtmlSniffer.LooksLikeHtml(e.Text))
        {
            return Markup(e, FeedText.Html);
        }

        return new FeedText(e.Text, FeedText.PlainText, e.Language, e.Base);
    }

    /// <summary>An element holding HTML, escaped or (for broken feeds) inline.</summary>
    public static FeedText Html(ParsedElement e) => Markup(e, FeedText.Html);

    /// <summary>An element whose children are XHTML markup (xhtml:body).</summary>
    public static FeedText Xhtml(ParsedElement e) =>
        new(MarkupWriter.InnerHtml(e).Trim(), FeedText.Html, e.Language, e.Base);

    /// <summary>An Atom 0.3 or 1.0 text construct or content element.</summary>
    public static FeedText Atom(ParsedElement e)
    {
        var type = NormalizeType(e.Attr("type"));
        var mode = e.Attr("mode")?.Trim().ToLowerInvariant();
        var src = e.Attr("src");
        if (src is not null)
        {
            return new FeedText("", type, e.Language, e.Base, UriResolver.Resolve(e.Base, src));
        }

        if (mode == "base64" || (mode is null && IsBinaryType(type)))
        {
            var decoded = DecodeBase64(e.Text);
            if (decoded is not null)
            {
                return new FeedText(type == FeedText.Html ? HtmlUriRewriter.Rewrite(decoded, e.Base) : decoded, type, e.Language, e.Base);
            }
        }

        if (type == FeedText.Xhtml || (e.HasElementChildren && mode != "escaped"))
        {
            var wrapper = SingleXhtmlDiv(e);
            // Atom 1.0 wraps XHTML in a div that is not part of the content (RFC 4287 4.1.3.3); Atom 0.3 has no such rule.
            var html = wrapper is not null && e.Ns != Ns.Atom03
                ? MarkupWriter.InnerHtml(wrapper)
                : MarkupWriter.InnerHtml(e);
            return new FeedText(html.Trim(), type == FeedText.Xhtml ? FeedText.Xhtml : FeedText.Html, e.Language, e.Base);
        }

        if (type == FeedText.Html)
        {
            return new FeedText(HtmlUriRewriter.Rewrite(StrayMarkup.Escape(e.Text), e.Base), FeedText.Html, e.Language, e.Base);
        }

        return new FeedText(e.Text, type, e.Language, e.Base);
    }

    /// <summary>Atom 1.0 names (text, html, xhtml) and Atom 0.3 MIME types mapped to one vocabulary.</summary>
    private static string NormalizeType(string? type)
    {
        var t = type?.Trim().ToLowerInvariant();
        return t switch
        {
            null or "" or "text" or "text/plain" => FeedText.PlainText,
            "html" or "text/html" => FeedText.Html,
            "xhtml" or "application/xhtml+xml" => FeedText.Xhtml,
            _ => t,
        };
    }

    /// <summary>RFC 4287 4.1.3.3: content of a type that is neither text nor XML is base64.</summary>
    private static bool IsBinaryType(string type) =>
        type is not (FeedText.PlainText or FeedText.Html or FeedText.Xhtml)
        && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal)
        && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static FeedText Markup(ParsedElement e, string type)
    {
        var html = e.HasElementChildren ? MarkupWriter.InnerHtml(e).Trim() : HtmlUriRewriter.Rewrite(StrayMarkup.Escape(e.Text), e.Base);
        return new FeedText(html, type, e.Language, e.Base);
    }

    private static ParsedElement? SingleXhtmlDiv(ParsedElement e)
    {
        ParsedElement? div = null;
        foreach (var child in e.Children)
        {
            if (child is ParsedElement element)
            {
                if (div is not null || !element.Name.Equals("div", StringComparison.Ordinal))
                {
                    return null;
                }

                div = element;
            }
            else if (child is string text && !string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
        }

        return div;
    }

    private static string? DecodeBase64(string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        try
        {
            var bytes = Convert.FromBase64String(compact.ToString());
            return Encoding.UTF8.GetString(bytes).Trim();
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

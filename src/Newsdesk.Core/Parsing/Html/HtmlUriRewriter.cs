using System.Net;
using System.Text;
using Newsdesk.Core.Parsing.Uris;

namespace Newsdesk.Core.Parsing.Html;

/// <summary>
/// Makes the URIs in an HTML fragment absolute. A small tag scanner, not a full parse: only the
/// values of URI attributes (see <see cref="UriAttributes"/>) that are relative change, every other
/// byte stays as the feed wrote it, and comments, script and style bodies are skipped.
/// </summary>
internal static class HtmlUriRewriter
{
    public static string Rewrite(string html, string? baseUri)
    {
        if (baseUri is null || html.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            return html;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (!char.IsAsciiLetter(html[lt + 1]))
            {
                i = lt + 1;
                continue;
            }

            var j = lt + 1;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':'))
            {
                j++;
            }

            var tag = html[(lt + 1)..j];
            while (j < html.Length && html[j] != '>')
            {
                while (j < html.Length && (char.IsWhiteSpace(html[j]) || html[j] == '/'))
                {
                    j++;
                }

                var nameStart = j;
                while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('=' or '>' or '/'))
                {
                    j++;
                }

                var attr = html[nameStart..j];
                while (j < html.Length && char.IsWhiteSpace(html[j]))
                {
                    j++;
                }

                if (j >= html.Length || html[j] != '=')
                {
                    if (attr.Length == 0 && j < html.Length && html[j] != '>')
                    {
                        j++;
                    }

                    continue;
                }

                j++;
                while (j < html.Length && char.IsWhiteSpace(html[j]))
                {
                    j++;
                }

                int valueStart, valueEnd, next;
                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    valueStart = j + 1;
                    valueEnd = close < 0 ? html.Length : close;
                    next = close < 0 ? html.Length : close + 1;
                }
                else
                {
                    valueStart = j;
                    while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
                    {
                        j++;
                    }

                    valueEnd = j;
                    next = j;
                }

                var isUri = UriAttributes.IsUri(tag, attr);
                if (isUri || UriAttributes.IsSrcSet(tag, attr))
                {
                    var raw = html[valueStart..valueEnd];
                    var rewritten = isUri ? ResolveOne(raw, baseUri) : ResolveSrcSet(raw, baseUri);
                    if (rewritten is not null)
                    {
                        sb ??= new StringBuilder(html.Length + 64);
                        sb.Append(html, copied, valueStart - copied).Append(rewritten);
                        copied = valueEnd;
                    }
                }

                j = next;
            }

            i = j;
            if (tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        if (sb is null)
        {
            return html;
        }

        sb.Append(html, copied, html.Length - copied);
        return sb.ToString();
    }

    /// <summary>The escaped absolute form of a relative attribute value, or null to keep it.</summary>
    private static string? ResolveOne(string raw, string baseUri)
    {
        var value = WebUtility.HtmlDecode(raw);
        if (UriResolver.IsAbsolute(value) || value.StartsWith('#'))
        {
            return value.Trim() == value ? null : Escape(value.Trim());
        }

        return Escape(UriResolver.Resolve(baseUri, value));
    }

    private static string? ResolveSrcSet(string raw, string baseUri)
    {
        var candidates = WebUtility.HtmlDecode(raw).Split(',');
        var changed = false;
        for (var k = 0; k < candidates.Length; k++)
        {
            var parts = candidates[k].Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || UriResolver.IsAbsolute(parts[0]))
            {
                continue;
            }

            parts[0] = UriResolver.Resolve(baseUri, parts[0]);
            candidates[k] = string.Join(' ', parts);
            changed = true;
        }

        return changed ? Escape(string.Join(", ", candidates)) : null;
    }

    private static string Escape(string value) => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}

using System.Text;

namespace Newsdesk.Core.Parsing.Html;

/// <summary>
/// Escapes "&lt;!" that starts no comment, CDATA section or doctype. Browsers would swallow the
/// following text as a bogus comment; the feed author meant the characters.
/// </summary>
internal static class StrayMarkup
{
    public static string Escape(string html)
    {
        var at = html.IndexOf("<!", StringComparison.Ordinal);
        if (at < 0)
        {
            return html;
        }

        StringBuilder? sb = null;
        var copied = 0;
        while (at >= 0)
        {
            var rest = html.AsSpan(at + 2);
            var markup = rest.StartsWith("--") || rest.StartsWith("[CDATA[", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("DOCTYPE", StringComparison.OrdinalIgnoreCase);
            if (!markup)
            {
                sb ??= new StringBuilder(html.Length + 8);
                sb.Append(html, copied, at - copied).Append("&lt;");
                copied = at + 1;
            }

            at = html.IndexOf("<!", at + 2, StringComparison.Ordinal);
        }

        return sb is null ? html : sb.Append(html, copied, html.Length - copied).ToString();
    }
}

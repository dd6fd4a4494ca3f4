using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Newsdesk.Core.Search;

namespace Newsdesk.Web.Newsroom;

/// <summary>Turns search marks into &lt;mark&gt; elements around encoded text.</summary>
internal static class Highlight
{
    public static IHtmlContent Render(string marked)
    {
        var sb = new StringBuilder();
        var open = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != HighlightMarks.Start && marked[i] != HighlightMarks.End)
            {
                continue;
            }

            sb.Append(HtmlEncoder.Default.Encode(marked[start..i]));
            if (i < marked.Length)
            {
                if (marked[i] == HighlightMarks.Start && !open)
                {
                    sb.Append("<mark>");
                    open = true;
                }
                else if (marked[i] == HighlightMarks.End && open)
                {
                    sb.Append("</mark>");
                    open = false;
                }
            }

            start = i + 1;
        }

        if (open)
        {
            sb.Append("</mark>");
        }

        return new HtmlString(sb.ToString());
    }
}

using AngleSharp.Html.Parser;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Pipeline;

/// <summary>Refuses CSS selectors that cannot be parsed before they are stored (at extraction time a bad one silently matches nothing).</summary>
internal static class SelectorCheck
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The first selector of the list that does not parse, with the field named, or null.</summary>
    public static string? Problem(string field, string? selectors)
    {
        var list = SiteRules.Split(selectors);
        if (list.Count == 0)
        {
            return null;
        }

        var document = Parser.ParseDocument("<html><body></body></html>");
        foreach (var selector in list)
        {
            try
            {
                _ = document.QuerySelectorAll(selector).Length;
            }
            catch (AngleSharp.Dom.DomException)
            {
                return $"{field}: '{selector}' is not a valid CSS selector.";
            }
        }

        return null;
    }
}

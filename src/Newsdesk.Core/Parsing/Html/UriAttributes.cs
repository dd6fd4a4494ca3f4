namespace Newsdesk.Core.Parsing.Html;

/// <summary>The HTML attributes that hold a URI (HTML 4 and 5), resolved against the content's base.</summary>
internal static class UriAttributes
{
    private static readonly HashSet<(string Element, string Attribute)> Pairs =
    [
        ("a", "href"), ("applet", "codebase"), ("area", "href"), ("audio", "src"), ("blockquote", "cite"),
        ("body", "background"), ("del", "cite"), ("form", "action"), ("frame", "longdesc"), ("frame", "src"),
        ("iframe", "longdesc"), ("iframe", "src"), ("head", "profile"), ("img", "longdesc"), ("img", "src"),
        ("img", "usemap"), ("input", "src"), ("input", "usemap"), ("ins", "cite"), ("link", "href"),
        ("object", "classid"), ("object", "codebase"), ("object", "data"), ("object", "usemap"), ("q", "cite"),
        ("script", "src"), ("source", "src"), ("track", "src"), ("video", "poster"), ("video", "src"),
        ("embed", "src"),
    ];

    public static bool IsUri(string element, string attribute) =>
        Pairs.Contains((element.ToLowerInvariant(), attribute.ToLowerInvariant()));

    /// <summary>srcset lists "url descriptor" pairs separated by commas.</summary>
    public static bool IsSrcSet(string element, string attribute) =>
        attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase)
        && (element.Equals("img", StringComparison.OrdinalIgnoreCase) || element.Equals("source", StringComparison.OrdinalIgnoreCase));
}

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Per-source CSS selectors for sites the generic rules get wrong (as Miniflux's scraper rules
/// and FreshRSS's "article CSS selector"): Keep names the elements that hold the article,
/// Remove names elements to drop before extraction.
/// </summary>
public sealed record SiteRules(IReadOnlyList<string> Keep, IReadOnlyList<string> Remove)
{
    public static readonly SiteRules None = new([], []);

    public bool IsEmpty => Keep.Count == 0 && Remove.Count == 0;

    /// <summary>
    /// Reads the selector strings a <see cref="Sources.Source"/> stores (KeepSelectors,
    /// RemoveSelectors): selectors separated by newlines or commas, as a CSS selector list is
    /// written. Commas inside brackets or parentheses ("a[href*='a,b']", ":is(p, li)") do not split.
    /// </summary>
    public static SiteRules Parse(string? keep, string? remove)
    {
        var k = Split(keep);
        var r = Split(remove);
        return k.Count == 0 && r.Count == 0 ? None : new SiteRules(k, r);
    }

    /// <summary>The rules a source carries (its KeepSelectors and RemoveSelectors).</summary>
    public static SiteRules For(Sources.Source source) => Parse(source.KeepSelectors, source.RemoveSelectors);

    internal static List<string> Split(string? selectors)
    {
        var list = new List<string>();
        if (string.IsNullOrWhiteSpace(selectors))
        {
            return list;
        }

        var depth = 0;
        char quote = '\0';
        var start = 0;
        for (var i = 0; i <= selectors.Length; i++)
        {
            var c = i < selectors.Length ? selectors[i] : '\n';
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '\n' or '\r' when true:
                case ',' when depth == 0:
                    var part = selectors[start..i].Trim();
                    if (part.Length > 0)
                    {
                        list.Add(part);
                    }

                    start = i + 1;
                    break;
            }
        }

        return list;
    }
}

using System.Globalization;
using System.Text;

namespace Newsdesk.Core.Search;

/// <summary>How search results are ordered.</summary>
public enum SearchOrder
{
    /// <summary>Best match first, among the newest <see cref="ArticleSearch.RelevanceWindow"/> matches.</summary>
    Relevance = 0,

    /// <summary>Most recently stored first.</summary>
    Newest = 1,
}

/// <summary>
/// A search over everything ingested: words and "quoted phrases" (a leading '-' excludes, a
/// trailing '*' matches a prefix), narrowed by outlet, date range and entity.
/// </summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";

    /// <summary>Only articles from this outlet (case-insensitive, exact name).</summary>
    public string? Outlet { get; init; }

    /// <summary>Only articles published (else retrieved) on or after this day (UTC).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published (else retrieved) on or before this day (UTC).</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// Only articles the entities stage found naming this person, organisation or place (by glossary
    /// key or name, so aliases count). With no words to look for, the name itself is searched for.
    /// </summary>
    public string? Entity { get; init; }

    public SearchOrder Order { get; init; }

    /// <summary>
    /// Every copy as its own result. By default a copy (a pickup or rewrite of another stored article)
    /// is left out when its original matches too, and the original names it under "also carried by";
    /// with an outlet filter every copy from that outlet is shown.
    /// </summary>
    public bool Copies { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }

    /// <summary>
    /// Reads a one-line query in which <c>outlet:</c>, <c>from:</c>, <c>to:</c> and <c>entity:</c>
    /// (values may be quoted) narrow the search and the remaining words are the text.
    /// </summary>
    public static SearchQuery Parse(string line)
    {
        var query = new SearchQuery();
        var text = new StringBuilder();
        foreach (var token in Tokenize(line))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 && token[0] != '"' ? token[..colon].ToLowerInvariant() : "";
            var value = colon > 0 ? Unquote(token[(colon + 1)..]) : "";
            switch (key)
            {
                case "outlet" when value.Length > 0:
                    query = query with { Outlet = value };
                    break;
                case "entity" when value.Length > 0:
                    query = query with { Entity = value };
                    break;
                case "from" when TryDate(value, out var from):
                    query = query with { From = from };
                    break;
                case "to" when TryDate(value, out var to):
                    query = query with { To = to };
                    break;
                default:
                    text.Append(text.Length > 0 ? " " : "").Append(token);
                    break;
            }
        }

        return query with { Text = text.ToString() };
    }

    /// <summary>The words and phrases of <see cref="Text"/> (or the entity's name when there are none), as search terms.</summary>
    public IReadOnlyList<SearchTerm> Terms()
    {
        var terms = new List<SearchTerm>();
        foreach (var token in Tokenize(Text))
        {
            var exclude = token.StartsWith('-') && token.Length > 1;
            var body = exclude ? token[1..] : token;
            var prefix = body.EndsWith('*') && !body.StartsWith('"');
            body = Unquote(prefix ? body.TrimEnd('*') : body);
            var words = SearchTerm.Words(body);
            if (words.Count > 0)
            {
                terms.Add(new SearchTerm(string.Join(' ', words), exclude, prefix && words.Count == 1));
            }
        }

        if (!string.IsNullOrWhiteSpace(Entity) && !terms.Any(t => !t.Exclude))
        {
            var words = SearchTerm.Words(Entity);
            if (words.Count > 0)
            {
                terms.Add(new SearchTerm(string.Join(' ', words), Exclude: false, Prefix: false));
            }
        }

        return terms;
    }

    private static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Unquote(string s) => s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1] : s.Trim('"');

    /// <summary>Splits on white space, keeping "quoted phrases" (and key:"quoted values") together.</summary>
    private static IEnumerable<string> Tokenize(string line)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}

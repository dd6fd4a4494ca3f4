namespace Newsdesk.Core.Search;

/// <summary>One word or phrase of a search: normalised words, whether it excludes, whether it is a prefix.</summary>
public sealed record SearchTerm(string Phrase, bool Exclude, bool Prefix)
{
    /// <summary>The letters-and-digits runs of a text: what the full-text index tokenises too.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>SQLite FTS5 syntax: every term quoted so user text can never be read as an operator.</summary>
    public static string? ToFts5(IReadOnlyList<SearchTerm> terms)
    {
        var include = terms.Where(t => !t.Exclude).Select(t => "\"" + t.Phrase + "\"" + (t.Prefix ? "*" : "")).ToList();
        if (include.Count == 0)
        {
            return null;
        }

        var expression = string.Join(' ', include);
        foreach (var t in terms.Where(t => t.Exclude))
        {
            expression = $"({expression}) NOT \"{t.Phrase}\"" + (t.Prefix ? "*" : "");
        }

        return expression;
    }

    /// <summary>PostgreSQL websearch_to_tsquery syntax (no prefix matching there).</summary>
    public static string? ToWebSearch(IReadOnlyList<SearchTerm> terms)
    {
        if (!terms.Any(t => !t.Exclude))
        {
            return null;
        }

        return string.Join(' ', terms.Select(t => (t.Exclude ? "-" : "") + (t.Phrase.Contains(' ', StringComparison.Ordinal) ? "\"" + t.Phrase + "\"" : t.Phrase)));
    }
}

using System.Globalization;

namespace Newsdesk.Core.Text;

/// <summary>
/// Splits text into words: runs of letters and digits, joined across an inner apostrophe
/// ("don't") or an inner period/comma between digits ("3.5", "12,000"). Hyphens split words
/// ("Kim Jong-un" gives kim, jong, un) so romanisation variants meet; a trailing possessive 's is dropped.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
                {
                    i++;
                }
                else if (c is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var length = i - start;
            var value = text.Substring(start, length).ToLower(CultureInfo.InvariantCulture);
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)))
            {
                value = value[..^2];
                length -= 2;
            }
            else if (value.Contains('’', StringComparison.Ordinal))
            {
                value = value.Replace('’', '\'');
            }

            tokens.Add(new Token(start, length, value));
        }

        return tokens;
    }

    /// <summary>Lower-cased words only.</summary>
    public static IEnumerable<string> Words(string text) => Tokenize(text).Select(t => t.Value);

    /// <summary>Lower-cased, stop words removed, Porter-stemmed terms: the unit of TF-IDF and overlap.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var token in Tokenize(text))
        {
            if (!Stopwords.IsStopword(token.Value))
            {
                terms.Add(PorterStemmer.Stem(token.Value));
            }
        }

        return terms;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}

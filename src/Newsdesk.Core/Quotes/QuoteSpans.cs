namespace Newsdesk.Core.Quotes;

/// <summary>A quoted span: the characters between the marks, and the paragraph pieces of a multi-paragraph quote.</summary>
internal sealed record QuoteSpan(int Start, int End, IReadOnlyList<(int Start, int End)> Parts);

/// <summary>
/// Finds quotation marks and pairs them. Curly quotes pair “ with ”; straight quotes pair in order
/// within a paragraph. A paragraph whose quote is still open at its end continues into the next
/// paragraph when that one opens with a quote mark (the news convention for long quotes).
/// </summary>
internal static class QuoteSpans
{
    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var paragraphs = Paragraphs(text);
        List<(int, int)>? open = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            var i = ps;
            if (open is not null && !(ps < pe && IsOpening(text[ps])))
            {
                open = null;
            }

            while (i < pe)
            {
                var c = text[i];
                if (!IsOpening(c) && !(open is not null && i == ps && IsOpening(c)))
                {
                    i++;
                    continue;
                }

                var close = FindClose(text, i + 1, pe, c);
                if (close < 0)
                {
                    // Open at the paragraph's end: continue into the next paragraph if it opens with a mark.
                    open ??= [];
                    open.Add((i + 1, TrimEnd(text, i + 1, pe)));
                    break;
                }

                var parts = open is null ? new List<(int, int)>() : [.. open];
                parts.Add((i + 1, close));
                open = null;
                spans.Add(new QuoteSpan(parts[0].Item1, close, parts));
                i = close + 1;
            }
        }

        return spans;
    }

    private static bool IsOpening(char c) => c is '"' or '“';

    private static int FindClose(string text, int from, int end, char opening)
    {
        for (var i = from; i < end; i++)
        {
            if ((opening == '“' && text[i] == '”') || (opening == '"' && text[i] == '"') || (opening == '“' && text[i] == '"'))
            {
                return i;
            }

            if (opening == '"' && text[i] == '”')
            {
                return i;
            }
        }

        return -1;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start && !string.IsNullOrWhiteSpace(text[start..i]))
                {
                    var s = start;
                    while (s < i && char.IsWhiteSpace(text[s]))
                    {
                        s++;
                    }

                    result.Add((s, i));
                }

                start = i + 1;
            }
        }

        return result;
    }
}

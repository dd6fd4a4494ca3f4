namespace Newsdesk.Core.Text;

/// <summary>
/// Recognises hard-wrapped text (plain-text newsletters, mail, wire files such as DUC/TDT), where
/// line breaks fall mid-sentence every 70 or so characters. In such text a single line break is a
/// space; a blank line or an indented line starts a new paragraph.
/// </summary>
internal static class HardWrap
{
    /// <summary>Consecutive line pairs needed before the text can be called wrapped.</summary>
    private const int MinimumPairs = 3;

    /// <summary>
    /// Share of line pairs where a line ends without terminal punctuation and the next starts in
    /// lower case. Prose with a line per paragraph scores near 0 (a paragraph ends a sentence, the
    /// next starts with a capital); a headline list near 0; wrapped prose 0.3-0.6, since a wrap
    /// lands before a lower-case word most of the time.
    /// </summary>
    private const double MinimumWrapShare = 0.25;

    public static bool IsWrapped(string text)
    {
        var pairs = 0;
        var wraps = 0;
        var lineStart = 0;
        var previousEndsSentence = true;
        var previousBlank = true;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var blank = line.IsWhiteSpace();
            if (!blank && !previousBlank && !char.IsWhiteSpace(line[0]))
            {
                pairs++;
                if (!previousEndsSentence && char.IsLower(line[0]))
                {
                    wraps++;
                }
            }

            if (!blank)
            {
                previousEndsSentence = EndsSentence(line.TrimEnd());
            }

            previousBlank = blank;
            lineStart = lineEnd + 1;
        }

        return pairs >= MinimumPairs && wraps >= MinimumWrapShare * pairs;
    }

    /// <summary>True when the line break at <paramref name="index"/> only wraps a line: the next line has text and no indent, the previous line is not blank.</summary>
    public static bool IsSoftBreak(string text, int index)
    {
        var next = index + 1;
        if (next >= text.Length || text[next] is '\n' or '\r' or ' ' or '\t')
        {
            return false;
        }

        var before = index - 1;
        if (before >= 0 && text[before] == '\r')
        {
            before--;
        }

        return before >= 0 && text[before] != '\n';
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd("\"'”’)]»");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':';
    }
}

using System.Text.RegularExpressions;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Splits saved text into paragraphs. Pages pasted as text keep one paragraph per line; e-mailed
/// or hand-typed text is hard-wrapped at 60-80 columns, with blank lines between paragraphs.
/// Wrapped lines are joined back; metadata lines, list items and headings never are.
/// </summary>
public static partial class TextParagraphs
{
    /// <summary>
    /// A wrapped line ends where the next word would not fit: lines are joined only when the next
    /// line's first word would have overflowed the block's width, as a greedy wrapper breaks them.
    /// A sign-up blurb under a short last paragraph fails that test and stays apart. And a line
    /// ending a sentence is only joined to one starting in lower case: the widest of a block of
    /// one-line paragraphs passes the width test, and splitting a wrapped paragraph at a sentence
    /// end costs far less than gluing a caption to the text.
    /// </summary>
    /// <remarks>Hard wraps sit between 60 and 80 columns; a line shorter than this ended its paragraph on purpose.</remarks>
    private const int MinWrappedLineLength = 45;

    /// <summary>A block with any line longer than this was not hard-wrapped (the seeds' one-line paragraphs run 200-1400 characters).</summary>
    private const int MaxWrappedLineLength = 100;

    [GeneratedRegex(@"^(#{1,6}\s|>\s?|[-*+•]\s|\d{1,3}[.)]\s?|\|)", RegexOptions.CultureInvariant)]
    private static partial Regex StructuralStart();

    /// <summary>"key: value" lines of front matter and field headers, which are never wrapped prose.</summary>
    [GeneratedRegex(@"^[A-Za-z][\w-]{1,20}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLine();

    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        var block = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = raw.Trim().Replace('\u00A0', ' ');
            if (line.Length == 0)
            {
                Flush(block, result);
                continue;
            }

            block.Add(line);
        }

        Flush(block, result);
        return result;
    }

    private static void Flush(List<string> block, List<string> result)
    {
        if (block.Count == 0)
        {
            return;
        }

        var wrapped = block.Count > 1 && block.Max(l => l.Length) <= MaxWrappedLineLength;
        var width = block.Max(l => l.Length);
        var current = block[0];
        for (var i = 1; i < block.Count; i++)
        {
            if (wrapped && CanJoin(current, block[i - 1], block[i], width))
            {
                current += " " + block[i];
            }
            else
            {
                result.Add(current);
                current = block[i];
            }
        }

        result.Add(current);
        block.Clear();
    }

    private static int FirstWordLength(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? line.Length : space;
    }

    private static bool CanJoin(string paragraphSoFar, string previousLine, string next, int width) =>
        previousLine.Length >= MinWrappedLineLength
        && previousLine.Length + 1 + FirstWordLength(next) > width
        && (!HeaderLineReader.EndsSentence(previousLine) || char.IsLower(next[0]))
        && !(StructuralStart().IsMatch(next) && !char.IsLower(next[0]))
        && !paragraphSoFar.StartsWith('#')
        && !previousLine.EndsWith(':')
        && !HeaderLineReader.IsPreTitleLine(next)
        && !FieldLine().IsMatch(next) && previousLine != "---"
        && HeaderLineReader.UrlOf(previousLine) is null
        && !next.StartsWith("By ", StringComparison.OrdinalIgnoreCase);
}

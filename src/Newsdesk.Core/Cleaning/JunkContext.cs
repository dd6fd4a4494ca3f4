namespace Newsdesk.Core.Cleaning;

/// <summary>
/// The article a junk rule looks at: its paragraphs (as the importers write them, with Markdown
/// block markers: "## " headings, "> " quotes, "- " list items) and the metadata lines read above it.
/// </summary>
public sealed partial class JunkContext(IReadOnlyList<string> paragraphs, IReadOnlyList<string> headerLines)
{
    /// <summary>
    /// How far from the end "trailing" junk may sit. Sign-offs, repeated bylines and end markers
    /// in the seed pages sit within the last 6 paragraphs (Yonhap: email, "(END)", byline line).
    /// </summary>
    public const int TailLength = 6;

    /// <summary>
    /// Longest paragraph a page-furniture line rule (labels, pitches, notices) may remove. Evidence:
    /// the longest pitch line on the shared extraction pages ("Sign up for ... newsletter,
    /// delivered ...") is under 200 characters; body paragraphs that mention newsletters or
    /// photos are longer or do not match the anchored patterns.
    /// </summary>
    public const int ShortLineChars = 220;

    private readonly string?[] _texts = new string?[paragraphs.Count];

    public IReadOnlyList<string> Paragraphs { get; } = paragraphs;

    /// <summary>Lines recognised as metadata before the body (byline, domain, date lines).</summary>
    public IReadOnlyList<string> HeaderLines { get; } = headerLines;

    /// <summary>The paragraph without a Markdown block marker ("## ", "> ", "- "), as label rules match it.</summary>
    public string Text(int index) => _texts[index] ??= WithoutBlockMarker(Paragraphs[index]);

    public bool IsInTail(int index) => index >= Paragraphs.Count - TailLength;

    /// <summary>True when the paragraph is short enough for a line rule to remove (<see cref="ShortLineChars"/>).</summary>
    public bool IsShortLine(int index) => Text(index).Length <= ShortLineChars;

    /// <summary>
    /// Strips one leading block marker: "#" to "######" then whitespace, "&gt;" and at most one
    /// whitespace, or a bullet ("-", "*", "+", "•") then whitespace. Hand-written because every
    /// paragraph of every page passes here (a regex replace cost more than most rules).
    /// </summary>
    internal static string WithoutBlockMarker(string paragraph)
    {
        if (paragraph.Length < 2)
        {
            return paragraph == ">" ? "" : paragraph;
        }

        int end;
        switch (paragraph[0])
        {
            case '#':
                var hashes = 1;
                while (hashes < paragraph.Length && paragraph[hashes] == '#')
                {
                    hashes++;
                }

                end = hashes <= 6 ? SkipWhitespace(paragraph, hashes) : hashes;
                return end > hashes ? paragraph[end..] : paragraph;
            case '>':
                return char.IsWhiteSpace(paragraph[1]) ? paragraph[2..] : paragraph[1..];
            case '-' or '*' or '+' or '•':
                end = SkipWhitespace(paragraph, 1);
                return end > 1 ? paragraph[end..] : paragraph;
            default:
                return paragraph;
        }
    }

    private static int SkipWhitespace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>Word count of a paragraph: runs of letters or digits.</summary>
    public static int Words(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = char.IsLetterOrDigit(c);
            if (w && !inWord)
            {
                count++;
            }

            inWord = w;
        }

        return count;
    }
}

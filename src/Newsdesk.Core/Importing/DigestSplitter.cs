using System.Text.RegularExpressions;
using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Recognises a compiled digest (a numbered contents list, then the items in the same order) and
/// splits it. Item headings are found by their contents title, numbered ("3. Title", "3.Title",
/// "## 3) Title") or, when the digest does not number them, repeated verbatim.
/// </summary>
public static partial class DigestSplitter
{
    /// <summary>Fewer than three numbered lines is a list inside an article, not a table of contents.</summary>
    public const int MinItems = 3;

    [GeneratedRegex(@"^(#{1,6}\s*)?(\*\*|__)?(?<n>\d{1,3})\s*[.)]\s*(?<title>\S.*?)(\*\*|__)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(#{1,6}\s*)?(\*\*|__)?\s*quotes?\s+of\s+the\s+(day|week)\s*:?\s*(\*\*|__)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotesHeading();

    /// <summary>The digest in the lines (paragraphs), or null when they are not one.</summary>
    public static Digest? TrySplit(IReadOnlyList<string> lines)
    {
        var (tocStart, toc) = FindContents(lines);
        if (toc.Count < MinItems)
        {
            return null;
        }

        var searchFrom = tocStart + toc.Count;
        var starts = FindHeadings(lines, toc, searchFrom, numbered: true) ?? FindHeadings(lines, toc, searchFrom, numbered: false);
        if (starts is null)
        {
            return null;
        }

        var items = new List<DigestItem>(toc.Count);
        for (var k = 0; k < toc.Count; k++)
        {
            var end = k + 1 < toc.Count ? starts[k + 1] : lines.Count;
            items.Add(new DigestItem(k + 1, toc[k], lines.Skip(starts[k] + 1).Take(end - starts[k] - 1).ToList()));
        }

        var preamble = lines.Take(tocStart).ToList();
        var quotesAt = preamble.FindIndex(l => QuotesHeading().IsMatch(l));
        var quotes = quotesAt < 0 ? [] : QuotesOfTheDayReader.Read(preamble.Skip(quotesAt + 1).ToList());
        var date = preamble.Take(quotesAt < 0 ? preamble.Count : quotesAt).Select(LooseDate.Find).FirstOrDefault(d => d is not null)?.Value;
        return new Digest(quotes, items, date);
    }

    /// <summary>The first run of lines numbered 1, 2, 3... with at least <see cref="MinItems"/> entries.</summary>
    private static (int Start, List<string> Titles) FindContents(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var titles = new List<string>();
            while (i + titles.Count < lines.Count
                   && Numbered().Match(lines[i + titles.Count]) is { Success: true } m
                   && m.Groups["n"].Value == (titles.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                titles.Add(m.Groups["title"].Value.Trim());
            }

            if (titles.Count >= MinItems)
            {
                return (i, titles);
            }
        }

        return (-1, []);
    }

    /// <summary>Where each item's heading is, in contents order; null unless every item is found.</summary>
    private static int[]? FindHeadings(IReadOnlyList<string> lines, List<string> toc, int from, bool numbered)
    {
        var starts = new int[toc.Count];
        var at = from;
        for (var k = 0; k < toc.Count; k++)
        {
            var title = TextFingerprint.Normalize(toc[k]);
            var found = -1;
            for (var j = at; j < lines.Count && found < 0; j++)
            {
                if (numbered)
                {
                    var m = Numbered().Match(lines[j]);
                    if (m.Success && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == k + 1
                        && SameTitle(TextFingerprint.Normalize(m.Groups["title"].Value), title))
                    {
                        found = j;
                    }
                }
                else if (TextFingerprint.Normalize(lines[j]) == title)
                {
                    found = j;
                }
            }

            if (found < 0)
            {
                return null;
            }

            starts[k] = found;
            at = found + 1;
        }

        return starts;
    }

    /// <summary>
    /// A numbered heading repeats its contents line, give or take a trailing phrase the curator added
    /// to one of them: the shorter must open the longer and cover 60% of it.
    /// </summary>
    private static bool SameTitle(string heading, string toc)
    {
        if (heading == toc)
        {
            return true;
        }

        var (shorter, longer) = heading.Length < toc.Length ? (heading, toc) : (toc, heading);
        return shorter.Length >= longer.Length * 0.6 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}

using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Removes passages pasted twice into one item: a paragraph whose text already appeared earlier
/// (the curator's excerpt, then the full text) is dropped.
/// </summary>
public static class DuplicatePassageRemover
{
    /// <summary>
    /// Short lines ("Related", a name) repeat legitimately; only paragraphs with at least this many
    /// words count as passages. The shortest excerpt paragraph in the seed digest has 18 words.
    /// </summary>
    public const int MinPassageWords = 6;

    /// <summary>Keeps the first occurrence of each passage.</summary>
    public static IReadOnlyList<string> RemoveRepeats(IReadOnlyList<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            if (JunkContext.Words(p) >= MinPassageWords && !seen.Add(TextFingerprint.Normalize(p)))
            {
                continue;
            }

            kept.Add(p);
        }

        return kept;
    }

    /// <summary>The excerpt paragraphs not already contained in the full text (those must not be lost).</summary>
    public static IReadOnlyList<string> ExcerptsNotIn(IReadOnlyList<string> excerpts, IReadOnlyList<string> fullText)
    {
        var body = fullText.Select(TextFingerprint.Normalize).ToList();
        return excerpts
            .Where(e => TextFingerprint.Normalize(e) is var n && n.Length > 0 && !body.Any(b => b.Contains(n, StringComparison.Ordinal)))
            .ToList();
    }
}

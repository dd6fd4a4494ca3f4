using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// The named rules that weigh a text block as article prose or as page furniture; an element's
/// score is the prose characters in it minus the weighted furniture characters, and the element
/// with the highest score is the body root (a maximum-sum subtree, computed in one pass).
/// </summary>
internal static class ContentScore
{
    /// <summary>
    /// Rule "long block": a block of this many characters is prose even without closing
    /// punctuation. Evidence: on the shared pages, furniture lines (menu entries, share labels,
    /// headline links) are shorter than 80 characters in all but a handful of cases.
    /// </summary>
    public const int LongBlockChars = 80;

    /// <summary>Rule "sentence": a block of at least this many characters ending like a sentence is prose.</summary>
    public const int SentenceChars = 30;

    /// <summary>
    /// Rule "link list": a block with at least this share of its characters inside links is
    /// navigation or recirculation (readability.js uses 0.5 for the same decision).
    /// </summary>
    public const double MaxProseLinkDensity = 0.5;

    /// <summary>Weight of furniture characters against prose characters when scoring a subtree.</summary>
    public const double FurnitureWeight = 1.0;

    /// <summary>
    /// Weight of link characters outside prose. A teaser in a recirculation feed is a linked
    /// headline (40-90 characters) over a one-sentence summary (100-200): at weight 1 a feed of
    /// teasers scores as prose and the body root grows to take it in; at 3 it does not, while an
    /// article paragraph with a few linked words is prose and unaffected.
    /// </summary>
    public const int LinkWeight = 3;

    /// <summary>
    /// Cap on the furniture weight of one block. Furniture comes as many short blocks (menus,
    /// teaser lists); one long link-heavy block inside a body is usually a paragraph carrying an
    /// inline widget (a hover card of links), and must not split the body in two.
    /// </summary>
    public const int MaxBlockFurniture = 2 * LongBlockChars;

    public static bool EndsLikeSentence(string text)
    {
        var last = text[^1];
        return last is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ')' or '\u2026' or ':' or ';' or '\u3002' or '\u00BB';
    }

    public static bool IsProse(RawBlock block)
    {
        if (block.LinkDensity >= MaxProseLinkDensity)
        {
            return false;
        }

        var length = block.Text.Length;
        return length >= LongBlockChars || (length >= SentenceChars && EndsLikeSentence(block.Text));
    }

    /// <summary>Prose characters (positive) or furniture characters (negative) of one block; headings and table cells are neutral.</summary>
    public static (int Good, int Bad) Weigh(RawBlock block)
    {
        if (IsProse(block))
        {
            return (block.Text.Length - block.LinkChars, 0);
        }

        if (block.LinkDensity < MaxProseLinkDensity && (block.Kind == BlockKind.Heading || block.InTable))
        {
            return (0, 0);
        }

        return (0, Math.Min(MaxBlockFurniture, block.Text.Length + ((LinkWeight - 1) * block.LinkChars)));
    }
}

using Newsdesk.Core.Articles;
using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Turns the raw blocks of the chosen body root into article blocks, dropping what survives
/// inside a body but is not article text. The steps run in this order:
/// 1. link lists: blocks mostly made of link text ("Related: ...", tag rows);
/// 2. the headline repeated in the body (any h1, or a block equal to the title);
/// 3. page junk: the named rules of Core/Cleaning (<see cref="JunkCleaner.Default"/>, the same
///    rules the importers apply), over the remaining blocks as the importers see paragraphs;
///    a block the rules call a caption becomes a caption block;
/// 4. edges: short non-prose lines before the first prose block (kicker, byline, date line).
/// </summary>
internal static class BodyFilter
{
    /// <summary>
    /// Step 1 threshold. A body paragraph that links a few words stays well below it; "Read more"
    /// teasers and tag rows are all link. Same figure as readability.js's link-density cut.
    /// </summary>
    public const double MaxLinkDensity = 0.5;

    /// <summary>Step 1 threshold inside block quotes: "— Name (@handle) November 19, 2019" under an embedded post is half link.</summary>
    public const double MaxQuoteLinkDensity = 0.85;

    /// <param name="headerLines">The page's byline lines, so that a byline repeated at the end is recognised.</param>
    /// <param name="removed">Receives what the junk rules removed, with the rule's name.</param>
    public static List<Block> Apply(IReadOnlyList<RawBlock> blocks, int start, int end, string? title, Uri? baseUrl, IReadOnlyList<string> headerLines, List<RemovedParagraph>? removed = null)
    {
        var candidates = new List<RawBlock>(end - start);
        for (var i = start; i < end; i++)
        {
            var raw = blocks[i];
            if (raw.FurnitureRegion != 0)
            {
                continue;
            }

            // 1. link lists; quotes (embedded posts sign off with a linked handle and date) get more room.
            if (LinkDensityWithoutBareUrls(raw) >= (raw.Kind == BlockKind.Quote ? MaxQuoteLinkDensity : MaxLinkDensity) && raw.Kind != BlockKind.Preformatted)
            {
                continue;
            }

            // 2. the headline again.
            if ((raw.Kind == BlockKind.Heading && raw.Level == 1) || (title is not null && raw.Text.Equals(title, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            candidates.Add(raw);
        }

        // 3. page junk.
        var paragraphs = new List<string>(candidates.Count);
        foreach (var raw in candidates)
        {
            paragraphs.Add(AsParagraph(raw));
        }

        var decisions = JunkCleaner.Default.Judge(paragraphs, headerLines);
        var kept = new List<Block>(candidates.Count);
        var seenProse = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var raw = candidates[i];
            if (decisions[i].Verdict == JunkVerdict.Drop)
            {
                if (decisions[i].Rule is { } rule)
                {
                    removed?.Add(new RemovedParagraph(raw.Text, rule));
                }

                continue;
            }

            // 4. leading furniture.
            var prose = ContentScore.IsProse(raw);
            if (!seenProse && !prose && raw.Kind != BlockKind.Heading && raw.Text.Length < ContentScore.SentenceChars)
            {
                continue;
            }

            seenProse |= prose;
            var block = ToBlock(raw, baseUrl);
            kept.Add(decisions[i].Verdict == JunkVerdict.Caption ? block with { Kind = BlockKind.Caption, Level = 0 } : block);
        }

        return kept;
    }

    /// <summary>A block as the importers write a paragraph: Markdown block markers tell the rules what kind it is.</summary>
    private static string AsParagraph(RawBlock raw) => raw.Kind switch
    {
        BlockKind.Heading => "## " + raw.Text,
        BlockKind.Quote => "> " + raw.Text,
        BlockKind.BulletItem or BlockKind.NumberedItem => "- " + raw.Text,
        _ => raw.Text,
    };

    /// <summary>
    /// Link density not counting links whose text is the address itself ("http://amzn.to/x"):
    /// a writer who prints an address means the reader to see it, unlike a linked headline.
    /// </summary>
    private static double LinkDensityWithoutBareUrls(RawBlock raw)
    {
        if (raw.Links is null || raw.LinkChars == 0)
        {
            return raw.LinkDensity;
        }

        var linkChars = raw.LinkChars;
        foreach (var link in raw.Links)
        {
            if (link.Start + link.Length <= raw.Text.Length)
            {
                var text = raw.Text.AsSpan(link.Start, link.Length).Trim();
                if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    linkChars -= text.Length;
                }
            }
        }

        return (double)Math.Max(0, linkChars) / raw.Text.Length;
    }

    private static Block ToBlock(RawBlock raw, Uri? baseUrl)
    {
        List<BlockLink>? links = null;
        if (raw.Links is not null)
        {
            foreach (var link in raw.Links)
            {
                var href = SafeUrl.Resolve(link.Href, baseUrl);
                if (href is null || link.Start >= raw.Text.Length)
                {
                    continue;
                }

                var start = link.Start;
                var stop = Math.Min(raw.Text.Length, link.Start + link.Length);
                while (start < stop && raw.Text[start] == ' ')
                {
                    start++;
                }

                while (stop > start && raw.Text[stop - 1] == ' ')
                {
                    stop--;
                }

                if (stop > start)
                {
                    (links ??= []).Add(new BlockLink(start, stop - start, href));
                }
            }
        }

        return new Block(raw.Kind, raw.Text, raw.Kind == BlockKind.Heading ? raw.Level : 0, links);
    }
}

using System.Text.RegularExpressions;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Importing;

/// <summary>Turns cleaned paragraphs into blocks: Markdown and plain-text headings, quotes and lists.</summary>
public static partial class BodyBlocks
{
    /// <summary>A capitalised line this short is a cross-head ("A GLOBAL RESPONSE"), not a shouted sentence.</summary>
    private const int MaxCrossHeadWords = 8;

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+?)\s*#*$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[-*+•]\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletItem();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]+)\)|(\*\*|__)(?<strong>.+?)(\*\*|__)|(?<![\w*])\*(?<strong>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex InlineMarkup();

    public static IReadOnlyList<Block> From(IEnumerable<CleanParagraph> paragraphs)
    {
        var blocks = new List<Block>();
        foreach (var p in paragraphs)
        {
            if (p.IsCaption)
            {
                blocks.Add(Block.Caption(Plain(p.Text)));
            }
            else if (MarkdownHeading().Match(p.Text) is { Success: true } h)
            {
                blocks.Add(Block.Heading(Plain(h.Groups["text"].Value), Math.Max(2, h.Groups["hashes"].Length)));
            }
            else if (p.Text.StartsWith('>'))
            {
                blocks.Add(Block.Quote(Plain(p.Text.TrimStart('>', ' '))));
            }
            else if (BulletItem().Match(p.Text) is { Success: true } b)
            {
                blocks.Add(Block.Bullet(Plain(b.Groups["text"].Value)));
            }
            else if (NumberedItem().Match(p.Text) is { Success: true } n)
            {
                blocks.Add(Block.Numbered(Plain(n.Groups["text"].Value)));
            }
            else if (IsCrossHead(p.Text))
            {
                blocks.Add(Block.Heading(p.Text, 3));
            }
            else
            {
                blocks.Add(Block.Paragraph(Plain(p.Text)));
            }
        }

        return blocks;
    }

    /// <summary>Markdown inline markup removed: links keep their text, emphasis its words.</summary>
    public static string Plain(string text) =>
        InlineMarkup().Replace(text, m => m.Groups["text"].Success ? m.Groups["text"].Value : m.Groups["strong"].Value).Trim();

    private static bool IsCrossHead(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.All(char.IsUpper) && JunkContext.Words(text) <= MaxCrossHeadWords && !HeaderLineReader.EndsSentence(text);
    }
}

using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>A link inside a raw block, with the href as the page wrote it (resolved only if the block is kept).</summary>
internal readonly record struct RawLink(int Start, int Length, string Href);

/// <summary>One text block of the page as the walker read it, before selection and filtering.</summary>
internal sealed class RawBlock(BlockKind kind, int level, string text, int linkChars, List<RawLink>? links, bool inTable)
{
    public BlockKind Kind { get; } = kind;

    public int Level { get; } = level;

    public string Text { get; } = text;

    /// <summary>Characters of the text that sit inside links.</summary>
    public int LinkChars { get; } = linkChars;

    public List<RawLink>? Links { get; } = links;

    public bool InTable { get; } = inTable;

    /// <summary>The furniture region (class/id vocabulary) the block sits in, or 0; cleared when the region is found to wrap the article.</summary>
    public int FurnitureRegion { get; set; }

    /// <summary>Share of the text inside links, 0..1.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

using System.Text.Json.Serialization;

namespace Newsdesk.Core.Articles;

/// <summary>The kinds of block an article body is made of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BlockKind>))]
public enum BlockKind
{
    Paragraph,
    Heading,
    Quote,
    BulletItem,
    NumberedItem,
    Caption,
    Preformatted,
}

/// <summary>A link inside a block's text: the characters [Start, Start+Length) point at Href.</summary>
public sealed record BlockLink(int Start, int Length, string Href);

/// <summary>
/// One unit of article text. Article bodies are stored and rendered as ordered blocks, never as
/// page HTML, so nothing a page ships (scripts, styles, trackers) can reach a reader.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int Level = 0, IReadOnlyList<BlockLink>? Links = null)
{
    public static Block Paragraph(string text) => new(BlockKind.Paragraph, text);

    public static Block Heading(string text, int level = 2) => new(BlockKind.Heading, text, level);

    public static Block Quote(string text) => new(BlockKind.Quote, text);

    public static Block Caption(string text) => new(BlockKind.Caption, text);

    public static Block Bullet(string text) => new(BlockKind.BulletItem, text);

    public static Block Numbered(string text) => new(BlockKind.NumberedItem, text);

    public bool IsListItem => Kind is BlockKind.BulletItem or BlockKind.NumberedItem;
}

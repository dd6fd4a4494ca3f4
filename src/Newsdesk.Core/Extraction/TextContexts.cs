using AngleSharp.Dom;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>The context a block inherits from its nearest block-level ancestors.</summary>
internal enum TextContext : byte
{
    Text,
    Heading,
    Bullet,
    Numbered,
    Quote,
    Caption,
    Pre,
}

/// <summary>Which tags start blocks, and which block kind a tag and its ancestors give the text inside.</summary>
internal static class TextContexts
{
    public static BlockKind KindOf(TextContext context) => context switch
    {
        TextContext.Heading => BlockKind.Heading,
        TextContext.Bullet => BlockKind.BulletItem,
        TextContext.Numbered => BlockKind.NumberedItem,
        TextContext.Quote => BlockKind.Quote,
        TextContext.Caption => BlockKind.Caption,
        TextContext.Pre => BlockKind.Preformatted,
        _ => BlockKind.Paragraph,
    };

    public static (TextContext Context, int Level) Of(IElement element, TextContext parent, int parentLevel)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return parent is TextContext.Caption or TextContext.Pre ? (parent, parentLevel) : (TextContext.Heading, element.LocalName[1] - '0');
            case "li":
                return (element.ParentElement?.LocalName == "ol" ? TextContext.Numbered : TextContext.Bullet, 0);
            case "blockquote":
                return (TextContext.Quote, 0);
            case "figcaption":
                return (TextContext.Caption, 0);
            case "pre":
                return (TextContext.Pre, 0);
            default:
                return (parent, parentLevel);
        }
    }

    /// <summary>Tags that start and end a block of text; everything else is inline.</summary>
    public static bool IsBlockTag(string tag) => tag switch
    {
        "p" or "div" or "section" or "article" or "main" or "body" or "html" or "form" or "center" or "address"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hgroup"
            or "ul" or "ol" or "li" or "dl" or "dt" or "dd"
            or "blockquote" or "pre" or "figure" or "figcaption"
            or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption"
            or "details" or "summary" => true,
        _ => tag.Contains('-', StringComparison.Ordinal),
    };
}

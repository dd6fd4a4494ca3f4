using Newsdesk.Core.Parsing.Dates;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Extensions;

/// <summary>Reads Media RSS (media:content, media:group, media:thumbnail, media:player, media:category).</summary>
internal static class MediaRssReader
{
    public static bool Read(ParsedElement e, FeedMetadata target)
    {
        switch (e.Name)
        {
            case "group":
                foreach (var child in e.Elements())
                {
                    if (child.Ns == Ns.Media)
                    {
                        Read(child, target);
                    }
                }

                return true;
            case "content":
                if (target is FeedEntry entry)
                {
                    entry.AddMedia(Content(e));
                }

                return true;
            case "thumbnail":
                if (Links.UrlAttr(e, "url") is { } thumbnail)
                {
                    target.Image ??= new FeedImage(thumbnail, Width: Links.Int(e.Attr("width")), Height: Links.Int(e.Attr("height")));
                }

                return true;
            case "player":
                if (target is FeedEntry withPlayer && Links.UrlAttr(e, "url") is { } player)
                {
                    withPlayer.AddMedia(new FeedMedia(null, PlayerUrl: player));
                }

                return true;
            case "category":
                if (e.Text.Length > 0)
                {
                    target.AddCategory(new FeedCategory(e.Text, e.Attr("scheme"), e.Attr("label")));
                }

                return true;
            case "title" or "description" or "keywords" or "credit" or "rating" or "copyright" or "text" or "restriction":
                // Describe the media object, not the entry: the entry's own title must win (media:title is no title).
                return true;
            default:
                return false;
        }
    }

    private static FeedMedia Content(ParsedElement e)
    {
        string? title = null, description = null, thumbnail = null, player = null;
        foreach (var child in e.Elements())
        {
            if (child.Ns != Ns.Media)
            {
                continue;
            }

            switch (child.Name)
            {
                case "title":
                    title = child.Text;
                    break;
                case "description":
                    description = child.Text;
                    break;
                case "thumbnail":
                    thumbnail ??= Links.UrlAttr(child, "url");
                    break;
                case "player":
                    player ??= Links.UrlAttr(child, "url");
                    break;
            }
        }

        return new FeedMedia(
            Links.UrlAttr(e, "url"),
            e.Attr("type"),
            e.Attr("medium"),
            Links.Length(e.Attr("fileSize")),
            Links.Int(e.Attr("width")),
            Links.Int(e.Attr("height")),
            DurationParser.Parse(e.Attr("duration")),
            title,
            description,
            thumbnail,
            player);
    }
}

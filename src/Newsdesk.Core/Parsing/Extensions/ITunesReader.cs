using Newsdesk.Core.Parsing.Dates;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Extensions;

/// <summary>Reads the iTunes podcast elements that matter to a reader (people, categories, images, explicit, block, duration, moves).</summary>
internal static class ITunesReader
{
    /// <summary>Scheme recorded for iTunes categories and keywords.</summary>
    public const string Scheme = "http://www.itunes.com/";

    public static bool Read(ParsedElement e, ParsedFeed feed, FeedEntry? entry)
    {
        FeedMetadata target = entry is null ? feed : entry;
        switch (e.Name)
        {
            case "author":
                if (target.Authors.Count == 0 && People.FromText(e.Text) is { } author)
                {
                    target.AddAuthor(author);
                }

                return true;
            case "subtitle" or "summary":
                if (entry is not null)
                {
                    entry.Summary ??= TextConstructs.Plain(e);
                }
                else
                {
                    feed.Subtitle ??= TextConstructs.Plain(e);
                }

                return true;
            case "category":
                Category(e, target);
                return true;
            case "keywords":
                foreach (var keyword in e.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    target.AddCategory(new FeedCategory(keyword, Scheme));
                }

                return true;
            case "image":
                if ((Links.UrlAttr(e, "href") ?? Links.UrlAttr(e, "url") ?? Links.Url(e)) is { } image)
                {
                    target.Image ??= new FeedImage(image);
                }

                return true;
            case "link" when string.Equals(e.Attr("rel"), "image", StringComparison.OrdinalIgnoreCase):
                if (Links.UrlAttr(e, "href") is { } linked)
                {
                    target.Image ??= new FeedImage(linked);
                }

                return true;
            case "explicit":
                var isExplicit = Explicit(e.RawText);
                if (entry is null)
                {
                    feed.Explicit = isExplicit;
                }
                else
                {
                    entry.Explicit = isExplicit;
                }

                return true;
            case "block":
                // Apple documents the value "Yes"; any other value means not blocked.
                var blocked = e.RawText.Equals("yes", StringComparison.OrdinalIgnoreCase);
                if (entry is null)
                {
                    feed.Blocked = blocked;
                }
                else
                {
                    entry.Blocked = blocked;
                }

                return true;
            case "duration" when entry is not null:
                entry.Duration = DurationParser.Parse(e.Text);
                return true;
            case "owner":
                var name = e.Element(Ns.ITunes, "name")?.Text;
                var email = e.Element(Ns.ITunes, "email")?.Text;
                if (!string.IsNullOrEmpty(name) || !string.IsNullOrEmpty(email))
                {
                    target.Publisher ??= new FeedPerson(string.IsNullOrEmpty(name) ? null : name, string.IsNullOrEmpty(email) ? null : email);
                }

                return true;
            case "new-feed-url" when entry is null:
                feed.NewLocation ??= Links.Url(e);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The documented values: "true"/"yes" explicit, "false"/"no"/"clean" not. Anything else
    /// (other case, padding) is unknown: directories treat it as unrated, and so do we.
    /// </summary>
    private static bool? Explicit(string value) => value switch
    {
        "yes" or "true" => true,
        "no" or "false" or "clean" => false,
        _ => null,
    };

    private static void Category(ParsedElement e, FeedMetadata target)
    {
        var text = e.Attr("text")?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            target.AddCategory(new FeedCategory(text, Scheme));
        }

        foreach (var child in e.Elements())
        {
            if (child.Ns == Ns.ITunes && child.Name == "category")
            {
                Category(child, target);
            }
        }
    }
}

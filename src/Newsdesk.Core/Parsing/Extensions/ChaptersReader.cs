using Newsdesk.Core.Parsing.Dates;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Extensions;

/// <summary>Reads Podlove Simple Chapters; only the first psc:chapters element of an entry counts, as the spec says.</summary>
internal static class ChaptersReader
{
    public static void Read(ParsedElement e, FeedEntry entry)
    {
        if (entry.Chapters.Count > 0 || entry.ChaptersVersion is not null)
        {
            return;
        }

        var chapters = new List<FeedChapter>();
        foreach (var child in e.Elements())
        {
            if (child.Ns != Ns.Psc || child.Name != "chapter" || DurationParser.Parse(child.Attr("start")) is not { } start)
            {
                continue;
            }

            chapters.Add(new FeedChapter(start, child.Attr("title") ?? "", Links.UrlAttr(child, "href"), child.Attr("image")));
        }

        entry.ChaptersVersion = e.Attr("version") ?? "";
        entry.Chapters = chapters;
    }
}

using Newsdesk.Core.Parsing.Extensions;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Atom;

/// <summary>Reads Atom 1.0 (RFC 4287) and Atom 0.3 documents.</summary>
internal static class AtomReader
{
    private const string SelfType = "application/atom+xml";

    public static void Read(ParsedElement root, ParsedFeed feed)
    {
        feed.Format = FeedFormat.Atom;
        feed.Version = root.Ns switch
        {
            Ns.Atom10 => "1.0",
            Ns.Atom03 => "0.3",
            _ => root.Attr("version"),
        };
        feed.Language = root.Language;
        feed.Base = root.Base;

        foreach (var child in root.Elements())
        {
            if (IsAtom(child))
            {
                if (child.Name is "entry" or "item")
                {
                    feed.AddEntry(ReadEntry(child, feed));
                    continue;
                }

                if (AtomElements.ReadCommon(child, feed, SelfType))
                {
                    continue;
                }
            }

            ExtensionReader.Read(child, feed, null);
        }
    }

    /// <summary>Atom elements, and unqualified ones in a namespace-less Atom document.</summary>
    private static bool IsAtom(ParsedElement e) => e.Ns is Ns.Atom10 or Ns.Atom03 or Ns.None;

    private static FeedEntry ReadEntry(ParsedElement e, ParsedFeed feed)
    {
        var entry = new FeedEntry { Language = e.Language, Base = e.Base };
        foreach (var child in e.Elements())
        {
            if (IsAtom(child))
            {
                switch (child.Name)
                {
                    case "summary":
                        entry.Summary = TextConstructs.Atom(child);
                        continue;
                    case "content":
                        entry.AddContent(TextConstructs.Atom(child));
                        continue;
                    case "created":
                        entry.Created = DateElements.Read(child);
                        continue;
                    case "source":
                        entry.Source = ReadSource(child);
                        continue;
                }

                if (AtomElements.ReadCommon(child, entry, SelfType))
                {
                    continue;
                }
            }

            ExtensionReader.Read(child, feed, entry);
        }

        return entry;
    }

    private static FeedSource ReadSource(ParsedElement e)
    {
        var source = new FeedSource { Language = e.Language, Base = e.Base };
        foreach (var child in e.Elements())
        {
            if (IsAtom(child))
            {
                AtomElements.ReadCommon(child, source, SelfType);
            }
        }

        foreach (var link in source.Links)
        {
            if (link.Rel == FeedLink.Self)
            {
                source.Url = link.Href;
                break;
            }
        }

        return source;
    }
}

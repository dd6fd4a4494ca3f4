using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Atom;

/// <summary>Reads the Atom 0.3/1.0 elements that feeds, entries and entry sources share.</summary>
internal static class AtomElements
{
    /// <summary>Reads one Atom element into <paramref name="target"/>; false when it is not a shared one.</summary>
    public static bool ReadCommon(ParsedElement e, FeedMetadata target, string selfType)
    {
        switch (e.Name)
        {
            case "title":
                target.Title = TextConstructs.Atom(e);
                return true;
            case "id":
                var id = e.Text;
                target.Id = id.Length == 0 ? null : UriResolver.Resolve(e.Base, id);
                return true;
            case "link":
                if (Links.Atom(e, selfType) is { } link)
                {
                    Links.Add(target, link);
                }

                return true;
            case "author":
                if (People.Atom(e) is { } author)
                {
                    target.AddAuthor(author);
                }

                return true;
            case "contributor":
                if (People.Atom(e) is { } contributor)
                {
                    target.AddContributor(contributor);
                }

                return true;
            case "category":
                var term = e.Attr("term")?.Trim();
                if (string.IsNullOrEmpty(term))
                {
                    term = e.Text;
                }

                if (term.Length > 0)
                {
                    target.AddCategory(new FeedCategory(term, e.Attr("scheme"), e.Attr("label")));
                }

                return true;
            case "rights" or "copyright":
                target.Rights = TextConstructs.Atom(e);
                return true;
            case "updated" or "modified":
                target.Updated = DateElements.Read(e);
                return true;
            case "published" or "issued":
                target.Published = DateElements.Read(e);
                return true;
            default:
                return target is FeedHeader header && ReadHeader(e, header);
        }
    }

    private static bool ReadHeader(ParsedElement e, FeedHeader header)
    {
        switch (e.Name)
        {
            case "subtitle" or "tagline":
                header.Subtitle = TextConstructs.Atom(e);
                return true;
            case "generator":
                var name = e.Text;
                var uri = Links.UrlAttr(e, "uri") ?? Links.UrlAttr(e, "url");
                header.Generator = new FeedGenerator(name.Length == 0 ? null : name, uri, e.Attr("version"));
                return true;
            case "icon":
                header.Icon = Links.Url(e);
                return true;
            case "logo":
                header.Logo = Links.Url(e);
                header.Image ??= header.Logo is null ? null : new FeedImage(header.Logo);
                return true;
            case "info" when header is ParsedFeed feed:
                feed.Info = TextConstructs.Atom(e);
                return true;
            default:
                return false;
        }
    }
}

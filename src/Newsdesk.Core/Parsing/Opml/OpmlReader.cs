using System.Xml;
using Newsdesk.Core.Parsing.Decoding;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Opml;

/// <summary>
/// Reads OPML 1.0/2.0 subscription lists. Lenient the way real exports need (unescaped
/// ampersands in URLs, wrong attribute case such as "xmlurl", feeds with only a title, mis-declared
/// encodings); a file that is not OPML at all gets an error that says what it is instead.
/// </summary>
public static class OpmlReader
{
    public static OpmlReadResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return new OpmlReadResult(null, "The file is empty.");
        }

        var decoded = FeedDecoder.Decode(content, null);
        string? warning = decoded.Problem;
        ParsedElement? root;
        try
        {
            root = StrictXmlReader.Read(decoded.Text, null, null);
        }
        catch (XmlException ex)
        {
            warning ??= "The file is not well-formed XML (" + ex.Message + "); recovered what could be read.";
            root = LenientXmlReader.Read(decoded.Text, null, null);
        }

        if (root is null)
        {
            return new OpmlReadResult(null, "The file contains no XML: it is not an OPML subscription list.");
        }

        if (root.Name != "opml")
        {
            return new OpmlReadResult(null, $"The file is <{root}> XML, not OPML (its root element must be <opml>).");
        }

        var body = root.Elements().FirstOrDefault(e => e.Name == "body");
        if (body is null)
        {
            return new OpmlReadResult(null, "The OPML file has no <body>, so it lists no subscriptions.");
        }

        var document = new OpmlDocument { Version = root.Attr("version")?.Trim() is { Length: > 0 } v ? v : "1.0" };
        if (root.Elements().FirstOrDefault(e => e.Name == "head") is { } head)
        {
            ReadHead(head, document);
        }

        foreach (var outline in body.Elements().Where(e => e.Name == "outline"))
        {
            document.Outlines.Add(ReadOutline(outline));
        }

        return new OpmlReadResult(document, null, warning);
    }

    private static void ReadHead(ParsedElement head, OpmlDocument document)
    {
        foreach (var e in head.Elements())
        {
            switch (e.Name)
            {
                case "title":
                    document.Title = e.Text;
                    break;
                case "datecreated":
                    document.DateCreated = e.Text;
                    break;
                case "datemodified":
                    document.DateModified = e.Text;
                    break;
                case "ownername":
                    document.OwnerName = e.Text;
                    break;
                case "owneremail":
                    document.OwnerEmail = e.Text;
                    break;
                default:
                    document.OtherHead.Add(new(e.LocalName, e.Text));
                    break;
            }
        }
    }

    private static OpmlOutline ReadOutline(ParsedElement e)
    {
        var outline = new OpmlOutline();
        foreach (var a in e.Attributes)
        {
            var value = a.Value;
            switch (a.NamespaceUri.Length == 0 ? a.LocalName.ToLowerInvariant() : "")
            {
                case "text":
                    outline.Text = value;
                    break;
                case "title":
                    outline.Title = value;
                    break;
                case "type":
                    outline.Type = value;
                    break;
                case "xmlurl":
                    outline.XmlUrl = value.Trim();
                    break;
                case "htmlurl":
                    outline.HtmlUrl = value.Trim();
                    break;
                default:
                    outline.OtherAttributes.Add(new(a.NamespaceUri.Length == 0 ? a.LocalName : QualifiedName(a), value));
                    break;
            }
        }

        foreach (var child in e.Elements().Where(c => c.Name == "outline"))
        {
            outline.Children.Add(ReadOutline(child));
        }

        return outline;
    }

    private static string QualifiedName(XmlAttr a) => "{" + a.NamespaceUri + "}" + a.LocalName;
}

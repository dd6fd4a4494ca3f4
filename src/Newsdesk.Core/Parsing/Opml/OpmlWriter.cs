using System.Text;
using System.Xml;

namespace Newsdesk.Core.Parsing.Opml;

/// <summary>Writes an <see cref="OpmlDocument"/> as indented UTF-8 OPML, keeping every attribute the reader kept.</summary>
public static class OpmlWriter
{
    public static byte[] Write(OpmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    public static void Write(OpmlDocument document, Stream stream)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("opml");
        w.WriteAttributeString("version", document.Version);
        w.WriteStartElement("head");
        WriteElement(w, "title", document.Title);
        WriteElement(w, "dateCreated", document.DateCreated);
        WriteElement(w, "dateModified", document.DateModified);
        WriteElement(w, "ownerName", document.OwnerName);
        WriteElement(w, "ownerEmail", document.OwnerEmail);
        foreach (var (name, value) in document.OtherHead)
        {
            WriteElement(w, name, value);
        }

        w.WriteEndElement();
        w.WriteStartElement("body");
        foreach (var outline in document.Outlines)
        {
            WriteOutline(w, outline);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteElement(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString(name, value);
        }
    }

    private static void WriteOutline(XmlWriter w, OpmlOutline outline)
    {
        w.WriteStartElement("outline");
        WriteAttribute(w, "text", outline.Text ?? outline.Title ?? outline.XmlUrl ?? "");
        WriteAttribute(w, "title", outline.Title);
        WriteAttribute(w, "type", outline.Type);
        WriteAttribute(w, "xmlUrl", outline.XmlUrl);
        WriteAttribute(w, "htmlUrl", outline.HtmlUrl);
        foreach (var (name, value) in outline.OtherAttributes)
        {
            if (name.StartsWith('{'))
            {
                var close = name.IndexOf('}', StringComparison.Ordinal);
                w.WriteAttributeString(name[(close + 1)..], name[1..close], value);
            }
            else if (XmlConvert.VerifyNCName(name) is not null)
            {
                w.WriteAttributeString(name, value);
            }
        }

        foreach (var child in outline.Children)
        {
            WriteOutline(w, child);
        }

        w.WriteEndElement();
    }

    private static void WriteAttribute(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteAttributeString(name, value);
        }
    }
}

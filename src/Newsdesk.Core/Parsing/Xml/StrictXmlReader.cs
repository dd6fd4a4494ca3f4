using System.Xml;

namespace Newsdesk.Core.Parsing.Xml;

/// <summary>
/// Builds the element tree with the framework's conforming XML reader. The internal DTD subset is
/// parsed so documents declaring their own entities stay well-formed, but nothing is ever fetched
/// (no resolver: external DTDs and external entities are skipped) and entity expansion is capped,
/// which defeats XXE and billion-laughs documents; a capped document fails here and goes to the
/// lenient reader, which expands nothing external either.
/// </summary>
internal static class StrictXmlReader
{
    /// <summary>Characters entity expansion may add; generous for real feeds, tiny for an attack.</summary>
    public const long MaxCharactersFromEntities = 1 << 16;

    /// <summary>
    /// Element nesting the tree keeps. Real feeds nest a few dozen levels (XHTML content included);
    /// the cap keeps recursive readers off the stack limit on hostile documents.
    /// </summary>
    public const int MaxDepth = 256;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        CloseInput = true,
    };

    /// <summary>The root element; throws <see cref="XmlException"/> when the document is not well-formed.</summary>
    public static ParsedElement Read(string text, string? documentBase, string? documentLanguage)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        ParsedElement? root = null;
        ParsedElement? current = null;
        var pending = new TextRun();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    Flush(current, pending);
                    if (reader.Depth >= MaxDepth)
                    {
                        throw new XmlException($"Elements are nested more than {MaxDepth} levels deep.");
                    }

                    var element = ReadElement(reader, current, current?.Base ?? documentBase, current is null ? documentLanguage : current.Language);
                    if (current is null)
                    {
                        root ??= element;
                    }
                    else
                    {
                        current.AddChild(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        current = element;
                    }

                    break;
                case XmlNodeType.EndElement:
                    Flush(current, pending);
                    current = current?.Parent;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (current is not null)
                    {
                        pending.Add(reader.Value);
                    }

                    break;
            }
        }

        return root ?? throw new XmlException("The document has no root element.");
    }

    private static void Flush(ParsedElement? current, TextRun text)
    {
        if (current is not null && text.Take() is { } value)
        {
            current.AddText(value);
        }
    }

    /// <summary>Collects the text nodes between two tags; a single node (the usual case) is passed on without copying.</summary>
    private sealed class TextRun
    {
        private readonly System.Text.StringBuilder _builder = new();
        private string? _single;

        public void Add(string value)
        {
            if (_single is null && _builder.Length == 0)
            {
                _single = value;
                return;
            }

            if (_single is not null)
            {
                _builder.Append(_single);
                _single = null;
            }

            _builder.Append(value);
        }

        public string? Take()
        {
            var value = _single ?? (_builder.Length > 0 ? _builder.ToString() : null);
            _single = null;
            _builder.Clear();
            return value;
        }
    }

    private static ParsedElement ReadElement(XmlReader reader, ParsedElement? parent, string? parentBase, string? parentLanguage)
    {
        var localName = reader.LocalName;
        var uri = reader.NamespaceURI;
        var prefix = reader.Prefix.Length == 0 ? null : reader.Prefix;
        string? declaredBase = null;
        string? declaredLanguage = null;
        XmlAttr[] attributes = [];
        if (reader.MoveToFirstAttribute())
        {
            var list = new List<XmlAttr>(reader.AttributeCount);
            do
            {
                var attrUri = reader.NamespaceURI;
                if (attrUri == KnownNamespaces.XmlUri)
                {
                    if (reader.LocalName == "base")
                    {
                        declaredBase = reader.Value;
                    }
                    else if (reader.LocalName == "lang")
                    {
                        declaredLanguage = reader.Value;
                    }
                }

                list.Add(new XmlAttr(reader.LocalName, attrUri, KnownNamespaces.Classify(attrUri, reader.Prefix), reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
            attributes = [.. list];
        }

        return new ParsedElement(
            localName,
            uri,
            KnownNamespaces.Classify(uri, prefix),
            prefix,
            attributes,
            parent,
            TreeScope.Base(parentBase, declaredBase),
            TreeScope.Language(parentLanguage, declaredLanguage));
    }
}

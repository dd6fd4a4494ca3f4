using System.Text;

namespace Newsdesk.Core.Parsing.Xml;

/// <summary>
/// A small read-only element tree built by the strict or the lenient reader, so the format readers
/// see one model whichever path parsed the document. It carries the xml:base and xml:lang in force.
/// </summary>
internal sealed class ParsedElement
{
    private static readonly List<object> NoChildren = [];
    private List<object>? _children;
    private string? _text;

    public ParsedElement(string localName, string namespaceUri, Ns ns, string? prefix, XmlAttr[] attributes, ParsedElement? parent, string? baseUri, string? language)
    {
        LocalName = localName;
        Name = localName.ToLowerInvariant();
        NamespaceUri = namespaceUri;
        Ns = ns;
        Prefix = prefix;
        Attributes = attributes;
        Parent = parent;
        Base = baseUri;
        Language = language;
    }

    /// <summary>The local name as written.</summary>
    public string LocalName { get; }

    /// <summary>The local name in lower case: feeds in the wild vary element case (&lt;TiTlE&gt;, CDF's upper case).</summary>
    public string Name { get; }

    public string NamespaceUri { get; }

    public Ns Ns { get; }

    public string? Prefix { get; }

    public XmlAttr[] Attributes { get; }

    public ParsedElement? Parent { get; }

    /// <summary>The base URI in force (xml:base resolved against the parent's), or null.</summary>
    public string? Base { get; }

    /// <summary>The xml:lang in force (normalised), or null when none or explicitly blank.</summary>
    public string? Language { get; }

    /// <summary>Text (string) and element (<see cref="ParsedElement"/>) children in document order.</summary>
    public IReadOnlyList<object> Children => _children ?? NoChildren;

    public bool HasElementChildren
    {
        get
        {
            if (_children is null)
            {
                return false;
            }

            foreach (var child in _children)
            {
                if (child is ParsedElement)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public IEnumerable<ParsedElement> Elements()
    {
        if (_children is null)
        {
            yield break;
        }

        foreach (var child in _children)
        {
            if (child is ParsedElement element)
            {
                yield return element;
            }
        }
    }

    public ParsedElement? Element(Ns ns, string name)
    {
        foreach (var child in Elements())
        {
            if (child.Ns == ns && child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    public bool Is(Ns ns, string name) => Ns == ns && Name == name;

    /// <summary>An attribute without namespace (or in any namespace when none matches), by case-insensitive local name.</summary>
    public string? Attr(string localName)
    {
        string? any = null;
        foreach (var a in Attributes)
        {
            if (a.Ns != Ns.Xmlns && string.Equals(a.LocalName, localName, StringComparison.OrdinalIgnoreCase))
            {
                if (a.NamespaceUri.Length == 0)
                {
                    return a.Value;
                }

                any ??= a.Value;
            }
        }

        return any;
    }

    public string? Attr(Ns ns, string localName)
    {
        foreach (var a in Attributes)
        {
            if (a.Ns == ns && string.Equals(a.LocalName, localName, StringComparison.OrdinalIgnoreCase))
            {
                return a.Value;
            }
        }

        return null;
    }

    /// <summary>True when the element declares <paramref name="ns"/> (as default or with a prefix).</summary>
    public bool Declares(Ns ns)
    {
        foreach (var a in Attributes)
        {
            if (a.Ns == Ns.Xmlns && KnownNamespaces.Classify(a.Value, null) == ns)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The concatenated text of this element and its descendants, as written (not trimmed).</summary>
    public string RawText
    {
        get
        {
            if (_children is null)
            {
                return "";
            }

            if (_children.Count == 1 && _children[0] is string only)
            {
                return only;
            }

            var sb = new StringBuilder();
            AppendText(sb);
            return sb.ToString();
        }
    }

    /// <summary>The trimmed text content (computed once: readers ask for it repeatedly).</summary>
    public string Text => _text ??= RawText.Trim();

    internal void AddChild(object child) => (_children ??= []).Add(child);

    /// <summary>Adds text, merging with a preceding text node (CDATA sections split text in the reader).</summary>
    internal void AddText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        text = Windows1252Repair.Apply(text);

        _children ??= [];
        if (_children.Count > 0 && _children[^1] is string previous)
        {
            _children[^1] = string.Concat(previous, text);
        }
        else
        {
            _children.Add(text);
        }
    }

    private void AppendText(StringBuilder sb)
    {
        foreach (var child in _children!)
        {
            if (child is string s)
            {
                sb.Append(s);
            }
            else if (child is ParsedElement { _children: not null } e)
            {
                e.AppendText(sb);
            }
        }
    }

    public override string ToString() => Prefix is null ? LocalName : Prefix + ":" + LocalName;
}

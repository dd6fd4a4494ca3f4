namespace Newsdesk.Core.Parsing.Xml;

/// <summary>Start tags, attributes and namespace scopes of the lenient reader.</summary>
internal sealed partial class LenientXmlReader
{
    private void ReadStartTag()
    {
        if (_depth >= StrictXmlReader.MaxDepth)
        {
            // Too deep to keep: drop the tag, keep its text in the current element.
            var gt = _s.IndexOf('>', _pos);
            _pos = gt < 0 ? _s.Length : gt + 1;
            return;
        }

        FlushText();
        var i = _pos + 1;
        var nameStart = i;
        while (i < _s.Length && IsNameChar(_s[i]))
        {
            i++;
        }

        var qname = _s[nameStart..i];
        var raw = new List<(string Name, string Value)>();
        var selfClosing = false;
        while (i < _s.Length)
        {
            while (i < _s.Length && char.IsWhiteSpace(_s[i]))
            {
                i++;
            }

            if (i >= _s.Length)
            {
                break;
            }

            if (_s[i] == '>')
            {
                i++;
                break;
            }

            if (_s[i] == '/')
            {
                if (i + 1 < _s.Length && _s[i + 1] == '>')
                {
                    selfClosing = true;
                    i += 2;
                    break;
                }

                i++;
                continue;
            }

            if (_s[i] == '<')
            {
                break;
            }

            var an = i;
            while (i < _s.Length && !char.IsWhiteSpace(_s[i]) && _s[i] is not ('=' or '>' or '/' or '<'))
            {
                i++;
            }

            var attrName = _s[an..i];
            while (i < _s.Length && char.IsWhiteSpace(_s[i]))
            {
                i++;
            }

            var value = "";
            if (i < _s.Length && _s[i] == '=')
            {
                i++;
                while (i < _s.Length && char.IsWhiteSpace(_s[i]))
                {
                    i++;
                }

                if (i < _s.Length && _s[i] is '"' or '\'')
                {
                    var quote = _s[i];
                    var close = _s.IndexOf(quote, i + 1);
                    var stop = close < 0 ? _s.Length : close;
                    value = _entities.Decode(_s.AsSpan(i + 1, stop - i - 1));
                    i = close < 0 ? _s.Length : close + 1;
                }
                else
                {
                    var vs = i;
                    while (i < _s.Length && !char.IsWhiteSpace(_s[i]) && _s[i] != '>')
                    {
                        i++;
                    }

                    value = _entities.Decode(_s.AsSpan(vs, i - vs));
                }
            }

            if (attrName.Length > 0)
            {
                raw.Add((attrName, value));
            }
        }

        _pos = i;
        var element = CreateElement(qname, raw);
        if (_current is null)
        {
            _root ??= element;
        }
        else
        {
            _current.AddChild(element);
        }

        if (selfClosing || (element.Ns is Ns.Xhtml or Ns.None or Ns.Other && VoidHtmlElements.Contains(element.LocalName)))
        {
            _scopes.RemoveAt(_scopes.Count - 1);
            return;
        }

        if (_current is null && _root != element)
        {
            _scopes.RemoveAt(_scopes.Count - 1);
            return;
        }

        _current = element;
        _depth++;
    }

    private ParsedElement CreateElement(string qname, List<(string Name, string Value)> raw)
    {
        Dictionary<string, string>? scope = null;
        string? declaredBase = null;
        string? declaredLanguage = null;
        foreach (var (name, value) in raw)
        {
            if (name.Equals("xmlns", StringComparison.Ordinal))
            {
                (scope ??= [])[""] = value;
            }
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                (scope ??= [])[name[6..]] = value;
            }
            else if (name.Equals("xml:base", StringComparison.OrdinalIgnoreCase))
            {
                declaredBase = value;
            }
            else if (name.Equals("xml:lang", StringComparison.OrdinalIgnoreCase))
            {
                declaredLanguage = value;
            }
        }

        _scopes.Add(scope);
        var attributes = new List<XmlAttr>(raw.Count);
        foreach (var (name, value) in raw)
        {
            if (name.Equals("xmlns", StringComparison.Ordinal) || name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                attributes.Add(new XmlAttr(name.Length == 5 ? "xmlns" : name[6..], KnownNamespaces.XmlnsUri, Ns.Xmlns, value));
                continue;
            }

            var (attrPrefix, attrLocal) = SplitName(name);
            var attrUri = attrPrefix is null ? "" : attrPrefix.Equals("xml", StringComparison.OrdinalIgnoreCase) ? KnownNamespaces.XmlUri : LookupPrefix(attrPrefix);
            attributes.Add(new XmlAttr(attrLocal, attrUri, KnownNamespaces.Classify(attrUri, attrPrefix), value));
        }

        var (prefix, local) = SplitName(qname);
        var uri = LookupPrefix(prefix ?? "");
        var parentBase = _current?.Base ?? _documentBase;
        var parentLanguage = _current is null ? _documentLanguage : _current.Language;
        return new ParsedElement(
            local,
            uri,
            KnownNamespaces.Classify(uri, prefix),
            prefix,
            [.. attributes],
            _current,
            TreeScope.Base(parentBase, declaredBase),
            TreeScope.Language(parentLanguage, declaredLanguage));
    }

    private static (string? Prefix, string Local) SplitName(string qname)
    {
        var colon = qname.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == qname.Length - 1 ? (null, qname) : (qname[..colon], qname[(colon + 1)..]);
    }

    private string LookupPrefix(string prefix)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i] is { } scope && scope.TryGetValue(prefix, out var uri))
            {
                return uri;
            }
        }

        return prefix.Length == 0 ? "" : KnownNamespaces.UriForUndeclaredPrefix(prefix) ?? "";
    }

    private void PopScope()
    {
        if (_scopes.Count > 0)
        {
            _scopes.RemoveAt(_scopes.Count - 1);
        }
    }
}

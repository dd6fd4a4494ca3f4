using System.Text;

namespace Newsdesk.Core.Parsing.Xml;

/// <summary>
/// Builds the element tree from a document the strict reader refused: undeclared HTML entities,
/// bare ampersands, unquoted or valueless attributes, mismatched or missing end tags, a CDATA section
/// or a document cut short. It never fails and never fetches anything; external entities stay
/// unexpanded and internal ones share a small expansion budget.
/// </summary>
internal sealed partial class LenientXmlReader
{
    /// <summary>HTML elements that never have content; only these are closed implicitly (not RSS's link or source).</summary>
    private static readonly HashSet<string> VoidHtmlElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "img", "hr", "wbr", "area", "col", "embed", "param", "track", "input",
    };

    private readonly string _s;
    private readonly string? _documentBase;
    private readonly string? _documentLanguage;
    private readonly StringBuilder _text = new();
    private readonly List<Dictionary<string, string>?> _scopes = [];
    private EntityDecoder _entities = new(null);
    private int _pos;
    private int _depth;
    private ParsedElement? _root;
    private ParsedElement? _current;

    private LenientXmlReader(string text, string? documentBase, string? documentLanguage)
    {
        _s = text;
        _documentBase = documentBase;
        _documentLanguage = documentLanguage;
    }

    /// <summary>The root element, or null when the text holds no element at all.</summary>
    public static ParsedElement? Read(string text, string? documentBase, string? documentLanguage) =>
        new LenientXmlReader(text, documentBase, documentLanguage).Run();

    private ParsedElement? Run()
    {
        while (_pos < _s.Length)
        {
            var lt = _s.IndexOf('<', _pos);
            if (lt < 0)
            {
                AppendText(_s.AsSpan(_pos));
                break;
            }

            AppendText(_s.AsSpan(_pos, lt - _pos));
            _pos = lt;
            if (At("<!--"))
            {
                Skip("-->", 4);
            }
            else if (At("<![CDATA["))
            {
                var end = _s.IndexOf("]]>", _pos + 9, StringComparison.Ordinal);
                var stop = end < 0 ? _s.Length : end;
                if (_current is not null)
                {
                    _text.Append(_s.AsSpan(_pos + 9, stop - _pos - 9));
                }

                _pos = end < 0 ? _s.Length : end + 3;
            }
            else if (AtIgnoreCase("<!DOCTYPE"))
            {
                ReadDoctype();
            }
            else if (At("<?"))
            {
                Skip("?>", 2);
            }
            else if (At("</"))
            {
                ReadEndTag();
            }
            else if (_pos + 1 < _s.Length && IsNameStart(_s[_pos + 1]))
            {
                ReadStartTag();
            }
            else
            {
                AppendText("<");
                _pos++;
            }
        }

        FlushText();
        return _root;
    }

    private bool At(string token) => string.CompareOrdinal(_s, _pos, token, 0, token.Length) == 0;

    private bool AtIgnoreCase(string token) => string.Compare(_s, _pos, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private void Skip(string terminator, int from)
    {
        var end = _s.IndexOf(terminator, _pos + from, StringComparison.Ordinal);
        _pos = end < 0 ? _s.Length : end + terminator.Length;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';

    private void AppendText(ReadOnlySpan<char> raw)
    {
        if (_current is null || raw.IsEmpty)
        {
            return;
        }

        _entities.Append(_text, raw);
    }

    private void FlushText()
    {
        if (_current is not null && _text.Length > 0)
        {
            _current.AddText(_text.ToString());
        }

        _text.Clear();
    }

    private void ReadDoctype()
    {
        var i = _pos + 9;
        while (i < _s.Length && _s[i] != '>' && _s[i] != '[')
        {
            i++;
        }

        if (i < _s.Length && _s[i] == '[')
        {
            var close = _s.IndexOf(']', i);
            var stop = close < 0 ? _s.Length : close;
            _entities = new EntityDecoder(InternalSubset.ReadEntities(_s.AsSpan(i + 1, stop - i - 1)));
            i = stop < _s.Length ? _s.IndexOf('>', stop) : -1;
            _pos = i < 0 ? _s.Length : i + 1;
            return;
        }

        _pos = i < _s.Length ? i + 1 : _s.Length;
    }

    private void ReadEndTag()
    {
        var i = _pos + 2;
        var nameStart = i;
        while (i < _s.Length && IsNameChar(_s[i]))
        {
            i++;
        }

        var name = _s.AsSpan(nameStart, i - nameStart);
        var gt = _s.IndexOf('>', i);
        _pos = gt < 0 ? _s.Length : gt + 1;

        for (var e = _current; e is not null; e = e.Parent)
        {
            if (QualifiedNameEquals(e, name))
            {
                FlushText();
                while (_current != e)
                {
                    PopScope();
                    _current = _current!.Parent;
                    _depth--;
                }

                PopScope();
                _current = e.Parent;
                _depth--;
                return;
            }
        }

        // A stray end tag closes nothing.
    }

    private static bool QualifiedNameEquals(ParsedElement e, ReadOnlySpan<char> name)
    {
        var colon = name.IndexOf(':');
        var local = colon < 0 ? name : name[(colon + 1)..];
        return local.Equals(e.LocalName, StringComparison.OrdinalIgnoreCase);
    }
}

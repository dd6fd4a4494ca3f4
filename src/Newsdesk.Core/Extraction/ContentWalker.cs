using System.Text;
using AngleSharp.Dom;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// One iterative pass over a page's DOM (no recursion, so nesting depth costs heap, not stack):
/// drops furniture subtrees, cuts the remaining text into blocks, and scores every block-level
/// element as a body candidate on the way back up.
/// </summary>
internal sealed class ContentWalker
{
    private readonly bool _useClassVocabulary;
    private readonly List<RawBlock> _blocks = [];
    private readonly List<BodyCandidate> _markers = [];
    private readonly StringBuilder _text = new(1024);
    private Frame[] _frames = new Frame[64];
    private int _depth;
    private bool _pendingSpace;
    private int _linkChars;
    private int _anchorDepth;
    private List<RawLink>? _links;
    private BodyCandidate? _best;

    public ContentWalker(bool useClassVocabulary)
    {
        _useClassVocabulary = useClassVocabulary;
    }

    /// <summary>The context a block inherits from its nearest block-level ancestors.</summary>
    private enum Context : byte
    {
        Text,
        Heading,
        Bullet,
        Numbered,
        Quote,
        Caption,
        Pre,
    }

    public IReadOnlyList<RawBlock> Blocks => _blocks;

    /// <summary>Elements named as the article body, with their scores.</summary>
    public IReadOnlyList<BodyCandidate> Markers => _markers;

    /// <summary>The block-level element with the highest score, or null on a page without text.</summary>
    public BodyCandidate? Best => _best;

    public void Walk(IElement root)
    {
        Push(root, IsBlockTag(root.LocalName), ElementRole.Plain);
        while (_depth > 0)
        {
            ref var frame = ref _frames[_depth - 1];
            var children = frame.Node.ChildNodes;
            if (frame.Child >= children.Length)
            {
                Pop();
                continue;
            }

            var child = children[frame.Child++];
            switch (child.NodeType)
            {
                case NodeType.Text:
                    AppendText(((IText)child).Data);
                    break;
                case NodeType.Element:
                    Enter((IElement)child);
                    break;
            }
        }
    }

    private void Enter(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "br" or "hr")
        {
            Flush();
            return;
        }

        if (BoilerplateVocabulary.SkippedTags.Contains(tag))
        {
            return;
        }

        var role = ElementClassifier.Classify(element, _useClassVocabulary);
        if (role == ElementRole.Boilerplate)
        {
            return;
        }

        var isBlock = IsBlockTag(tag);
        if (isBlock)
        {
            Flush();
        }

        Push(element, isBlock, role);
        if (tag == "a")
        {
            ref var frame = ref _frames[_depth - 1];
            frame.IsAnchor = true;
            frame.AnchorStart = _text.Length + (_pendingSpace && _text.Length > 0 ? 1 : 0);
            _anchorDepth++;
        }
    }

    private void Push(IElement element, bool isBlock, ElementRole role)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        var parentContext = _depth > 0 ? _frames[_depth - 1].Context : Context.Text;
        var parentLevel = _depth > 0 ? _frames[_depth - 1].Level : 0;
        var inTable = _depth > 0 && _frames[_depth - 1].InTable;
        var (context, level) = ContextOf(element, parentContext, parentLevel);
        _frames[_depth++] = new Frame
        {
            Node = element,
            IsBlock = isBlock,
            IsMarker = role == ElementRole.BodyMarker,
            Context = context,
            Level = level,
            InTable = inTable || element.LocalName is "td" or "th",
            BlockStart = _blocks.Count,
        };
    }

    private void Pop()
    {
        ref var frame = ref _frames[_depth - 1];
        if (frame.IsAnchor)
        {
            CloseAnchor(ref frame);
        }

        if (frame.IsBlock)
        {
            Flush();
            var score = frame.Good - (ContentScore.FurnitureWeight * frame.Bad);
            var candidate = new BodyCandidate((IElement)frame.Node, frame.BlockStart, _blocks.Count, score, frame.Good);
            if (frame.Good > 0 && (_best is null || score > _best.Value.Score))
            {
                _best = candidate;
            }

            if (frame.IsMarker && frame.Good > 0)
            {
                _markers.Add(candidate);
            }
        }

        var good = frame.Good;
        var bad = frame.Bad;
        frame = default;
        _depth--;
        if (_depth > 0)
        {
            _frames[_depth - 1].Good += good;
            _frames[_depth - 1].Bad += bad;
        }
    }

    private void CloseAnchor(ref Frame frame)
    {
        _anchorDepth--;
        var href = ((IElement)frame.Node).GetAttribute("href");
        var start = frame.AnchorStart;
        var length = _text.Length - start;
        if (href is not null && length > 0 && _anchorDepth == 0)
        {
            (_links ??= []).Add(new RawLink(start, length, href));
        }
    }

    private void AppendText(string data)
    {
        var context = _depth > 0 ? _frames[_depth - 1].Context : Context.Text;
        if (context == Context.Pre)
        {
            if (data.Length > 0)
            {
                _text.Append(data);
                if (_anchorDepth > 0)
                {
                    _linkChars += data.Length;
                }
            }

            return;
        }

        var added = 0;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
                added++;
            }

            _pendingSpace = false;
            _text.Append(c);
            added++;
        }

        if (_anchorDepth > 0)
        {
            _linkChars += added;
        }
    }

    /// <summary>Closes the current block, if it has text, and weighs it into the innermost open element.</summary>
    private void Flush()
    {
        _pendingSpace = false;
        if (_text.Length == 0)
        {
            _linkChars = 0;
            _links = null;
            return;
        }

        var top = _depth > 0 ? _frames[_depth - 1] : default;
        var text = top.Context == Context.Pre ? _text.ToString().Trim('\n', '\r') : _text.ToString();
        _text.Clear();
        if (text.Length > 0)
        {
            for (var i = _depth - 1; i >= 0 && _frames[i].IsAnchor; i--)
            {
                _frames[i].AnchorStart = 0;
            }

            var block = new RawBlock(KindOf(top.Context), top.Level, text, Math.Min(_linkChars, text.Length), _links, top.InTable);
            _blocks.Add(block);
            if (_depth > 0)
            {
                var (good, bad) = ContentScore.Weigh(block);
                _frames[_depth - 1].Good += good;
                _frames[_depth - 1].Bad += bad;
            }
        }

        _linkChars = 0;
        _links = null;
    }

    private static BlockKind KindOf(Context context) => context switch
    {
        Context.Heading => BlockKind.Heading,
        Context.Bullet => BlockKind.BulletItem,
        Context.Numbered => BlockKind.NumberedItem,
        Context.Quote => BlockKind.Quote,
        Context.Caption => BlockKind.Caption,
        Context.Pre => BlockKind.Preformatted,
        _ => BlockKind.Paragraph,
    };

    private static (Context Context, int Level) ContextOf(IElement element, Context parent, int parentLevel)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return parent is Context.Caption or Context.Pre ? (parent, parentLevel) : (Context.Heading, element.LocalName[1] - '0');
            case "li":
                return (element.ParentElement?.LocalName == "ol" ? Context.Numbered : Context.Bullet, 0);
            case "blockquote":
                return (Context.Quote, 0);
            case "figcaption":
                return (Context.Caption, 0);
            case "pre":
                return (Context.Pre, 0);
            default:
                return (parent, parentLevel);
        }
    }

    /// <summary>Tags that start and end a block of text; everything else is inline.</summary>
    private static bool IsBlockTag(string tag) => tag switch
    {
        "p" or "div" or "section" or "article" or "main" or "body" or "html" or "form" or "center" or "address"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hgroup"
            or "ul" or "ol" or "li" or "dl" or "dt" or "dd"
            or "blockquote" or "pre" or "figure" or "figcaption"
            or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption"
            or "details" or "summary" => true,
        _ => tag.Contains('-', StringComparison.Ordinal),
    };

    private struct Frame
    {
        public INode Node;
        public int Child;
        public bool IsBlock;
        public bool IsMarker;
        public bool IsAnchor;
        public bool InTable;
        public Context Context;
        public int Level;
        public int AnchorStart;
        public int BlockStart;
        public int Good;
        public int Bad;
    }
}

using System.Text;
using AngleSharp.Dom;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// One iterative pass over a page's DOM (no recursion, so nesting depth costs heap, not stack):
/// drops page chrome, cuts the remaining text into blocks, and scores every block-level element
/// as a body candidate on the way back up.
/// Elements whose class or id names furniture ("share", "related", "ad") open a furniture region:
/// their text is read but marked, scores nothing, and its elements are no candidates, unless
/// the region turns out to contain a named body container or &lt;main&gt; (a wrapper such as
/// "Page-ad-margins" around the whole page), in which case it counts as ordinary content.
/// </summary>
internal sealed class ContentWalker
{
    private readonly bool _useClassVocabulary;
    private readonly List<RawBlock> _blocks = [];
    private readonly List<BodyCandidate> _markers = [];
    private readonly List<BodyCandidate> _articles = [];
    private readonly StringBuilder _text = new(1024);
    private Frame[] _frames = new Frame[64];
    private int _depth;
    private bool _pendingSpace;
    private int _linkChars;
    private int _anchorDepth;
    private List<RawLink>? _links;
    private BodyCandidate? _best;
    private int _furnitureDepth;
    private int _regions;
    private readonly List<(int Region, BodyCandidate Candidate, bool IsMarker)> _deferred = [];

    public ContentWalker(bool useClassVocabulary)
    {
        _useClassVocabulary = useClassVocabulary;
    }

    public IReadOnlyList<RawBlock> Blocks => _blocks;

    /// <summary>Elements named as the article body, with their scores.</summary>
    public IReadOnlyList<BodyCandidate> Markers => _markers;

    /// <summary>&lt;article&gt; elements with prose, with their scores.</summary>
    public IReadOnlyList<BodyCandidate> Articles => _articles;

    /// <summary>The block-level element with the highest score, or null on a page without text.</summary>
    public BodyCandidate? Best => _best;

    public void Walk(IElement root)
    {
        Push(root, TextContexts.IsBlockTag(root.LocalName), ElementRole.Plain);
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

        var isBlock = TextContexts.IsBlockTag(tag);
        if (role == ElementRole.Furniture)
        {
            // Inline furniture (a "share" span, an "ad" label) cannot wrap an article.
            if (!isBlock)
            {
                return;
            }

            _furnitureDepth++;
        }

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

        var parentContext = _depth > 0 ? _frames[_depth - 1].Context : TextContext.Text;
        var parentLevel = _depth > 0 ? _frames[_depth - 1].Level : 0;
        var inTable = _depth > 0 && _frames[_depth - 1].InTable;
        var (context, level) = TextContexts.Of(element, parentContext, parentLevel);
        if (role == ElementRole.Caption && context is not TextContext.Pre)
        {
            context = TextContext.Caption;
        }

        _frames[_depth++] = new Frame
        {
            Node = element,
            IsBlock = isBlock,
            IsMarker = role == ElementRole.BodyMarker,
            HasMain = role == ElementRole.BodyMarker || element.LocalName == "main",
            Region = role == ElementRole.Furniture ? ++_regions : 0,
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
        }

        var keep = true;
        if (frame.Region != 0)
        {
            _furnitureDepth--;
            keep = frame.HasMain;
            if (keep)
            {
                Rescue(frame.Region, frame.BlockStart);
            }
        }

        if (frame.IsBlock && frame.Good > 0 && keep)
        {
            var score = frame.Good - (ContentScore.FurnitureWeight * frame.Bad);
            var candidate = new BodyCandidate((IElement)frame.Node, frame.BlockStart, _blocks.Count, score, frame.Good);
            var region = EnclosingRegion(_depth - 2);
            if (region != 0)
            {
                _deferred.Add((region, candidate, frame.IsMarker));
            }
            else
            {
                Consider(candidate, frame.IsMarker);
            }
        }

        var good = keep ? frame.Good : 0;
        var bad = keep ? frame.Bad : 0;
        var hasMain = frame.HasMain;
        frame = default;
        _depth--;
        if (_depth > 0)
        {
            ref var parent = ref _frames[_depth - 1];
            parent.Good += good;
            parent.Bad += bad;
            parent.HasMain |= hasMain;
        }
    }

    private void Consider(BodyCandidate candidate, bool isMarker)
    {
        if (_best is null || candidate.Score > _best.Value.Score)
        {
            _best = candidate;
        }

        if (isMarker)
        {
            _markers.Add(candidate);
        }

        if (candidate.Element.LocalName == "article")
        {
            _articles.Add(candidate);
        }
    }

    /// <summary>The innermost open furniture region at or below frame index <paramref name="from"/>, or 0.</summary>
    private int EnclosingRegion(int from)
    {
        if (_furnitureDepth == 0)
        {
            return 0;
        }

        for (var i = from; i >= 0; i--)
        {
            if (_frames[i].Region != 0)
            {
                return _frames[i].Region;
            }
        }

        return 0;
    }

    /// <summary>A furniture region wraps the article after all: its blocks and candidates pass to the enclosing region, or are released.</summary>
    private void Rescue(int region, int blockStart)
    {
        var enclosing = EnclosingRegion(_depth - 2);
        for (var i = blockStart; i < _blocks.Count; i++)
        {
            if (_blocks[i].FurnitureRegion == region)
            {
                _blocks[i].FurnitureRegion = enclosing;
            }
        }

        for (var i = 0; i < _deferred.Count; i++)
        {
            var (owner, candidate, isMarker) = _deferred[i];
            if (owner != region)
            {
                continue;
            }

            if (enclosing != 0)
            {
                _deferred[i] = (enclosing, candidate, isMarker);
            }
            else
            {
                Consider(candidate, isMarker);
                _deferred[i] = (-1, candidate, isMarker);
            }
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
        var context = _depth > 0 ? _frames[_depth - 1].Context : TextContext.Text;
        if (context == TextContext.Pre)
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
        var text = top.Context == TextContext.Pre ? _text.ToString().Trim('\n', '\r') : _text.ToString();
        _text.Clear();
        if (text.Length > 0)
        {
            for (var i = _depth - 1; i >= 0 && _frames[i].IsAnchor; i--)
            {
                _frames[i].AnchorStart = 0;
            }

            var block = new RawBlock(TextContexts.KindOf(top.Context), top.Level, text, Math.Min(_linkChars, text.Length), _links, top.InTable)
            {
                FurnitureRegion = EnclosingRegion(_depth - 1),
            };
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

    private struct Frame
    {
        public INode Node;
        public int Child;
        public bool IsBlock;
        public bool IsMarker;
        public bool IsAnchor;
        public bool InTable;
        public bool HasMain;
        public int Region;
        public TextContext Context;
        public int Level;
        public int AnchorStart;
        public int BlockStart;
        public int Good;
        public int Bad;
    }
}

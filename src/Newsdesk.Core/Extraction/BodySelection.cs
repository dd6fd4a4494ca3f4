using AngleSharp.Dom;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Chooses the body root among the walker's candidates:
/// 1. the best-scoring subtree (most prose characters net of furniture);
/// 2. replaced by the elements the page names as the article body (itemprop=articleBody,
///    "entry-content", ...) when they keep a fair share of the best subtree's prose (the
///    best-scoring such group wins), because a named
///    container is tighter than the scored one on sites that put teasers, pull quotes or author
///    boxes beside the body inside the same wrapper. Named siblings (a body cut into several
///    "article-body" divs by ad slots) count together;
/// 3. of nested named containers, the innermost that keeps nearly all the prose;
/// 4. narrowed to one &lt;article&gt; when the root holds several (the story among teaser cards
///    that sites also mark up as articles) and that one dwarfs every other.
/// </summary>
internal static class BodySelection
{
    /// <summary>
    /// Share of the best subtree's prose the named body containers must hold to replace it.
    /// Below it the named element is a teaser or a fragment.
    /// </summary>
    public const double MarkerProseShare = 0.3;

    /// <summary>Share of an outer named container's prose an inner one must keep to be preferred.</summary>
    public const double NestedMarkerShare = 0.9;

    /// <summary>
    /// Step 4: the main &lt;article&gt; must hold this many times the prose of any other article
    /// in the root. Teaser cards carry a one- or two-sentence summary (100-300 characters); a
    /// story carries thousands. Pages with several full articles (live blogs, digests) stay whole.
    /// </summary>
    public const int ArticleDominance = 4;

    public static (int Start, int End)? Choose(ContentWalker walker)
    {
        if (walker.Best is not { } best)
        {
            return null;
        }

        var groups = new List<Group>();
        foreach (var marker in walker.Markers)
        {
            var parent = marker.Element.ParentElement;
            var index = groups.FindIndex(g => ReferenceEquals(g.Parent, parent));
            if (index < 0)
            {
                groups.Add(new Group(parent, marker.Good, marker.Score, marker.Start, marker.End));
            }
            else
            {
                var g = groups[index];
                groups[index] = g with { Good = g.Good + marker.Good, Score = g.Score + marker.Score, Start = Math.Min(g.Start, marker.Start), End = Math.Max(g.End, marker.End) };
            }
        }

        Group? chosen = null;
        foreach (var group in groups)
        {
            if (group.Good >= MarkerProseShare * best.Good && (chosen is null || group.Score > chosen.Value.Score))
            {
                chosen = group;
            }
        }

        if (chosen is not { } c)
        {
            return NarrowToArticle(walker, best.Start, best.End);
        }

        var descended = true;
        while (descended)
        {
            descended = false;
            foreach (var inner in groups)
            {
                if (inner != c && inner.Start >= c.Start && inner.End <= c.End && (inner.End - inner.Start) < (c.End - c.Start) && inner.Good >= NestedMarkerShare * c.Good)
                {
                    c = inner;
                    descended = true;
                    break;
                }
            }
        }

        return NarrowToArticle(walker, c.Start, c.End);
    }

    // 4. one article among several.
    private static (int Start, int End) NarrowToArticle(ContentWalker walker, int start, int end)
    {
        BodyCandidate? main = null;
        var runnerUp = 0;
        var inside = 0;
        foreach (var article in walker.Articles)
        {
            if (article.Start < start || article.End > end || article.End - article.Start >= end - start)
            {
                continue;
            }

            inside++;
            if (main is null || article.Good > main.Value.Good)
            {
                runnerUp = main?.Good ?? 0;
                main = article;
            }
            else if (article.Good > runnerUp)
            {
                runnerUp = article.Good;
            }
        }

        return inside >= 2 && main is { } m && m.Good >= ArticleDominance * runnerUp && m.Good >= ContentScore.LongBlockChars
            ? (m.Start, m.End)
            : (start, end);
    }

    private readonly record struct Group(IElement? Parent, int Good, double Score, int Start, int End);
}

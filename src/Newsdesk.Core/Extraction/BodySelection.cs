namespace Newsdesk.Core.Extraction;

/// <summary>
/// Chooses the body root among the walker's candidates:
/// 1. the best-scoring subtree (most prose characters net of furniture);
/// 2. replaced by an element the page names as the article body (itemprop=articleBody,
///    "entry-content", ...) when that element keeps most of the best subtree's prose, because
///    a named container is tighter than the scored one on sites that put the headline block,
///    pull quotes or author boxes beside the body inside the same wrapper.
/// </summary>
internal static class BodySelection
{
    /// <summary>
    /// Share of the best subtree's prose a named body container must hold to replace it. Below
    /// it the named element is a teaser or one of several fragments. Evidence: on the shared pages
    /// named containers either hold nearly all the prose (over 0.9) or a small part (under 0.3).
    /// </summary>
    public const double MarkerProseShare = 0.6;

    public static BodyCandidate? Choose(ContentWalker walker)
    {
        if (walker.Best is not { } best)
        {
            return null;
        }

        BodyCandidate? chosen = null;
        foreach (var marker in walker.Markers)
        {
            if (marker.Good >= MarkerProseShare * best.Good && (chosen is null || marker.Good > chosen.Value.Good))
            {
                chosen = marker;
            }
        }

        return chosen ?? best;
    }
}

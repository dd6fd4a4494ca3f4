using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Dedup;

/// <summary>
/// How one article relates to an earlier one, from sentence alignment: the kind of copy, the share
/// of its sentences found verbatim in the original, the share it took in order (verbatim or
/// reworded), the share of the original it carries, and the sentences it adds (indexes into
/// <see cref="Text.SentenceSplitter.Split"/> of its text).
/// </summary>
public sealed record CopyVerdict(CopyKind Kind, double VerbatimShare, double CopiedShare, double OriginalCoverage, IReadOnlyList<int> AddedSentences)
{
    public static CopyVerdict None { get; } = new(CopyKind.None, 0, 0, 0, []);

    public bool IsCopy => Kind != CopyKind.None;
}

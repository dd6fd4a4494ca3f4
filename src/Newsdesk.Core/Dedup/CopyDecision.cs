namespace Newsdesk.Core.Dedup;

/// <summary>
/// What copy detection concluded for a new article: the original it copies (null: it is not a copy,
/// or it is itself the original), how (<see cref="Verdict"/>), and the earlier articles that now
/// turn out to copy it (they arrived first but were published later, or credit its outlet).
/// </summary>
public sealed record CopyDecision(long? OriginalId, CopyVerdict Verdict, IReadOnlyList<CopyRepoint> Repointed)
{
    public static CopyDecision NotACopy { get; } = new(null, CopyVerdict.None, []);
}

/// <summary>An earlier article that is now known to copy <see cref="OriginalId"/>.</summary>
public sealed record CopyRepoint(long ArticleId, long OriginalId, CopyVerdict Verdict);

namespace Newsdesk.Core.Dedup;

/// <summary>
/// Finds the copies among the articles of a time window and traces each group of copies to its
/// original. Candidates come from MinHash/LSH bands (verbatim and edited pickups share long word
/// runs) and from the article's story (rewrites share facts, not word runs); each candidate is then
/// classified by <see cref="CopyDetector"/>. Every copy points at the group's original, chosen by:
/// 1. credit: an article whose text credits the other's outlet ("(Yonhap)") is the copy;
/// 2. time: otherwise the earlier one (published, else retrieved) is the original; ties go to the lower id.
/// Not thread-safe: the AssignStory use case serialises access. Memory follows the window.
/// </summary>
public sealed class CopyFinder(TimeSpan window)
{
    /// <summary>Articles compared per new article at most (the most recent candidates).</summary>
    public const int MaxCandidates = 40;

    /// <summary>Recent articles kept per story as rewrite candidates.</summary>
    public const int StoryMembers = 40;

    /// <summary>
    /// Articles listed under one LSH band at most (the latest arrivals). A band shared by more
    /// articles than this within the window is boilerplate (a feed's template, a standard
    /// disclaimer), not evidence of copying; unbounded lists made every lookup and eviction scan
    /// the whole window, so ingest grew quadratic on feeds that share a template.
    /// </summary>
    public const int MaxBandArticles = 64;

    /// <summary>Copies re-compared at most when an earlier original of their group turns up (the latest).</summary>
    public const int MaxRepointed = 200;

    private readonly Dictionary<long, Entry> _entries = [];
    private readonly Dictionary<ulong, List<long>> _bands = [];
    private readonly Dictionary<long, HashSet<long>> _copiesOf = [];
    private readonly Dictionary<long, Queue<long>> _stories = [];
    private readonly Queue<long> _arrivals = new();
    private DateTimeOffset? _now;

    public TimeSpan Window { get; } = window;

    /// <summary>Articles held in memory.</summary>
    public int Count => _entries.Count;

    /// <summary>Decides whether <paramref name="article"/> copies an article of the window, or is the original of some.</summary>
    public CopyDecision Find(CopySignature article, long? storyId)
    {
        var related = new List<(Entry Entry, CopyVerdict Verdict)>();
        foreach (var id in Candidates(article, storyId))
        {
            var other = _entries[id];
            var verdict = IsEarlier(other.Signature, article)
                ? CopyDetector.Compare(article, other.Signature)
                : CopyDetector.Compare(other.Signature, article);
            if (verdict.IsCopy)
            {
                related.Add((other, verdict));
            }
        }

        if (related.Count == 0)
        {
            return CopyDecision.NotACopy;
        }

        // The group's current original: the root of the related articles, the earliest if several.
        var root = related.Select(r => r.Entry.RootId is { } rid && _entries.TryGetValue(rid, out var e) ? e : r.Entry)
            .OrderBy(e => e.Signature.Time).ThenBy(e => e.Signature.ArticleId).First();
        if (IsOriginalOf(article, root.Signature))
        {
            var repointed = new List<CopyRepoint>();
            var copies = _copiesOf.TryGetValue(root.Signature.ArticleId, out var set)
                ? set.OrderByDescending(id => id).Take(MaxRepointed).Select(id => _entries[id])
                : [];
            foreach (var member in copies.Append(root).OrderBy(e => e.Signature.ArticleId))
            {
                var verdict = CopyDetector.Compare(member.Signature, article);
                if (verdict.IsCopy)
                {
                    repointed.Add(new CopyRepoint(member.Signature.ArticleId, article.ArticleId, verdict));
                }
            }

            return new CopyDecision(null, CopyVerdict.None, repointed);
        }

        var toRoot = CopyDetector.Compare(article, root.Signature);
        if (toRoot.IsCopy)
        {
            return new CopyDecision(root.Signature.ArticleId, toRoot, []);
        }

        // It copies a copy (an edited pickup's added paragraphs, say) but not the root itself.
        var best = related.Where(r => IsEarlier(r.Entry.Signature, article)).OrderByDescending(r => r.Verdict.CopiedShare)
            .ThenBy(r => r.Entry.Signature.ArticleId).FirstOrDefault();
        return best.Entry is null ? CopyDecision.NotACopy : new CopyDecision(best.Entry.Signature.ArticleId, best.Verdict, []);
    }

    /// <summary>Adds the article with what <see cref="Find"/> decided, and drops articles older than the window.</summary>
    public void Add(CopySignature article, long? storyId, CopyDecision decision)
    {
        Advance(article.Time);
        var entry = new Entry(article, storyId, null, MinHashSketch.BandKeys(article.MinHash));
        _entries[article.ArticleId] = entry;
        _arrivals.Enqueue(article.ArticleId);
        foreach (var key in entry.Bands)
        {
            if (!_bands.TryGetValue(key, out var list))
            {
                list = [];
                _bands[key] = list;
            }

            list.Add(article.ArticleId);
            if (list.Count > MaxBandArticles)
            {
                list.RemoveAt(0);
            }
        }

        LinkRoot(entry, decision.OriginalId);

        if (storyId is { } sid)
        {
            if (!_stories.TryGetValue(sid, out var members))
            {
                members = new Queue<long>();
                _stories[sid] = members;
            }

            members.Enqueue(article.ArticleId);
            if (members.Count > StoryMembers)
            {
                members.Dequeue();
            }
        }

        foreach (var repoint in decision.Repointed)
        {
            if (_entries.TryGetValue(repoint.ArticleId, out var e))
            {
                LinkRoot(e, repoint.OriginalId);
            }
        }
    }

    /// <summary>
    /// Sets a story's members after an editor moved articles into or out of it, or merged it away (no
    /// members): the rewrite candidates of its next articles are then the articles it now holds. Articles
    /// older than this finder's window are not held and are skipped.
    /// </summary>
    public void SetStoryMembers(long storyId, IEnumerable<long> articleIds)
    {
        if (_stories.Remove(storyId, out var old))
        {
            foreach (var id in old)
            {
                if (_entries.TryGetValue(id, out var e) && e.StoryId == storyId)
                {
                    e.StoryId = null;
                }
            }
        }

        var held = articleIds.Where(_entries.ContainsKey).Select(id => _entries[id])
            .OrderBy(e => e.Signature.Time).ThenBy(e => e.Signature.ArticleId).ToList();
        foreach (var entry in held)
        {
            if (entry.StoryId is { } previous && previous != storyId && _stories.TryGetValue(previous, out var there))
            {
                var rest = there.Where(id => id != entry.Signature.ArticleId).ToList();
                there.Clear();
                rest.ForEach(there.Enqueue);
                if (there.Count == 0)
                {
                    _stories.Remove(previous);
                }
            }

            entry.StoryId = storyId;
        }

        if (held.Count > 0)
        {
            _stories[storyId] = new Queue<long>(held.TakeLast(StoryMembers).Select(e => e.Signature.ArticleId));
        }
    }

    /// <summary>The story an article is listed under as a rewrite candidate (null when none, or not held).</summary>
    public long? StoryOf(long articleId) =>
        _entries.TryGetValue(articleId, out var e) && e.StoryId is { } sid && _stories.TryGetValue(sid, out var members) && members.Contains(articleId) ? sid : null;

    /// <summary>Points the entry at its (new) original, keeping the index of each original's copies.</summary>
    private void LinkRoot(Entry entry, long? rootId)
    {
        var id = entry.Signature.ArticleId;
        if (entry.RootId is { } old && _copiesOf.TryGetValue(old, out var oldSet))
        {
            oldSet.Remove(id);
            if (oldSet.Count == 0)
            {
                _copiesOf.Remove(old);
            }
        }

        entry.RootId = rootId;
        if (rootId is { } root)
        {
            if (!_copiesOf.TryGetValue(root, out var set))
            {
                set = [];
                _copiesOf[root] = set;
            }

            set.Add(id);
        }
    }

    /// <summary>True when <paramref name="a"/> is the original of <paramref name="b"/>: credited by it, or earlier and not crediting it.</summary>
    public static bool IsOriginalOf(CopySignature a, CopySignature b)
    {
        var bCreditsA = b.Attributions.Any(c => AttributionFinder.SameOutlet(a.Outlet, c));
        var aCreditsB = a.Attributions.Any(c => AttributionFinder.SameOutlet(b.Outlet, c));
        if (bCreditsA != aCreditsB)
        {
            return bCreditsA;
        }

        return IsEarlier(a, b);
    }

    private static bool IsEarlier(CopySignature a, CopySignature b) =>
        a.Time < b.Time || (a.Time == b.Time && a.ArticleId < b.ArticleId);

    private IEnumerable<long> Candidates(CopySignature article, long? storyId)
    {
        var ids = new HashSet<long>();
        foreach (var key in MinHashSketch.BandKeys(article.MinHash))
        {
            if (_bands.TryGetValue(key, out var list))
            {
                ids.UnionWith(list);
            }
        }

        if (storyId is { } sid && _stories.TryGetValue(sid, out var members))
        {
            ids.UnionWith(members);
        }

        ids.Remove(article.ArticleId);
        return ids.Where(_entries.ContainsKey).OrderByDescending(id => _entries[id].Signature.Time).ThenBy(id => id).Take(MaxCandidates);
    }

    private void Advance(DateTimeOffset time)
    {
        if (_now is { } now && time <= now)
        {
            return;
        }

        _now = time;
        var cutoff = time - Window;
        while (_arrivals.Count > 0 && (!_entries.TryGetValue(_arrivals.Peek(), out var oldest) || oldest.Signature.Time < cutoff))
        {
            var id = _arrivals.Dequeue();
            if (!_entries.Remove(id, out var entry))
            {
                continue;
            }

            foreach (var key in entry.Bands)
            {
                // The entry may have left a full band's list already (MaxBandArticles).
                if (_bands.TryGetValue(key, out var list) && list.Remove(id) && list.Count == 0)
                {
                    _bands.Remove(key);
                }
            }

            LinkRoot(entry, null);

            if (entry.StoryId is { } sid && _stories.TryGetValue(sid, out var members) && members.Count > 0 && members.Peek() == id)
            {
                members.Dequeue();
                if (members.Count == 0)
                {
                    _stories.Remove(sid);
                }
            }
        }
    }

    private sealed class Entry(CopySignature signature, long? storyId, long? rootId, ulong[] bands)
    {
        public CopySignature Signature { get; } = signature;

        public long? StoryId { get; set; } = storyId;

        public long? RootId { get; set; } = rootId;

        public ulong[] Bands { get; } = bands;
    }
}

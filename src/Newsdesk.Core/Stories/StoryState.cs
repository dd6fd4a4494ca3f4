namespace Newsdesk.Core.Stories;

/// <summary>What the clusterer keeps of one live story: its centroid, times, indexed keys and headline candidates.</summary>
internal sealed class StoryState(long id)
{
    /// <summary>Headline candidates kept per story (the earliest titles, then better-fitting ones replace the worst).</summary>
    public const int MaxTitles = 12;

    public long Id { get; } = id;

    /// <summary>Sum of the member vectors.</summary>
    public StoryCentroid Centroid { get; } = new();

    /// <summary>Squared norm of the centroid, per feature kind.</summary>
    public double[] NormSquared { get; } = new double[KindCount];

    public const int KindCount = 5;

    public int Count { get; set; }

    public DateTimeOffset? First { get; set; }

    public DateTimeOffset? Last { get; set; }

    /// <summary>Keys under which the story is listed in the inverted index.</summary>
    public HashSet<ulong> Indexed { get; } = [];

    /// <summary>The story's slot in the index's arrays (<see cref="StoryIndex"/>), -1 before it is listed or once it is retired.</summary>
    public int IndexSlot { get; set; } = -1;

    public List<(string Title, ulong[] Keys, bool Opinion)> Titles { get; } = [];

    /// <summary>
    /// Members kept for single-link evidence: the most recent ones. Both dev sets cluster the same with 3 to
    /// 24; the demo's launch story needs more than 8 (docs/benchmarks.md). Each one costs a comparison per
    /// candidate, so this bounds the cost of a long story.
    /// </summary>
    public const int MaxMembers = 12;

    public MemberRing Members { get; } = new(MaxMembers);

    /// <summary>The story's first article, kept for the seed-link evidence (a story should not drift from what it began as).</summary>
    public MemberSketch? Seed { get; set; }

    /// <summary>Sum and count of the single-link cosines at which later members joined: how tight the story is.</summary>
    public double JoinLinkSum { get; set; }

    public int JoinLinkCount { get; set; }

    /// <summary>The story's heaviest entity and number features (recomputed after each change).</summary>
    public (ulong Key, float Weight)[] LeadEntities => _leadEntities ??= Heaviest(FeatureKind.Entity, LeadSize);

    public (ulong Key, float Weight)[] LeadNumbers => _leadNumbers ??= Heaviest(FeatureKind.Number, LeadSize);

    /// <summary>The story's heaviest words: what it is about (twice as many as names: words are less specific).</summary>
    public (ulong Key, float Weight)[] LeadTerms => _leadTerms ??= Heaviest(FeatureKind.Term, 2 * LeadSize);

    /// <summary>How many of the heaviest entities (and numbers) make a story's lead.</summary>
    public const int LeadSize = 4;

    private (ulong Key, float Weight)[]? _leadEntities;
    private (ulong Key, float Weight)[]? _leadNumbers;
    private (ulong Key, float Weight)[]? _leadTerms;

    private (ulong Key, float Weight)[] Heaviest(FeatureKind kind, int n)
    {
        var top = new List<(ulong Key, float Weight)>(n + 1);
        var keys = Centroid.Keys;
        var weights = Centroid.Weights;
        for (var i = 0; i < keys.Length; i++)
        {
            var (key, weight) = (keys[i], weights[i]);
            if (Feature.KindOf(key) != kind)
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && (top[at - 1].Weight < weight || (top[at - 1].Weight == weight && top[at - 1].Key > key)))
            {
                at--;
            }

            if (at < n)
            {
                top.Insert(at, (key, weight));
                if (top.Count > n)
                {
                    top.RemoveAt(n);
                }
            }
        }

        return [.. top];
    }

    public void AddMember(MemberSketch member) => Members.Add(member);

    /// <summary>Recent members that joined weakly: later articles may still show they began another event.</summary>
    public List<Onset> Onsets { get; } = [];

    /// <summary>
    /// Takes a member's vector back out: the centroid (features pruned away since cannot come back, so
    /// it is close to, not exactly, the story without it), the count, the single-link members and the
    /// headline candidates. The time span stays as it was.
    /// </summary>
    public void Remove(StoryVector v, int maxFeatures)
    {
        var negated = new float[v.Weights.Length];
        for (var i = 0; i < negated.Length; i++)
        {
            negated[i] = -v.Weights[i];
        }

        Centroid.Add(v.Keys, negated);
        // What is left of the member's own features is rounding error.
        Prune(maxFeatures, above: 1e-4f);
        Count--;
        Members.Remove(v.Sketch.Keys);
        var title = Titles.FindIndex(t => ReferenceEquals(t.Title, v.Source.Title));
        if (title >= 0)
        {
            Titles.RemoveAt(title);
        }
    }

    /// <summary>Dot products with the centroid, per feature kind.</summary>
    public double[] Dot(StoryVector v)
    {
        var dot = new double[KindCount];
        var centroid = Centroid.Walk();
        for (var i = 0; i < v.Keys.Length; i++)
        {
            if (centroid.TryGetValue(v.Keys[i], out var w))
            {
                dot[(int)v.Kinds[i]] += w * v.Weights[i];
            }
        }

        return dot;
    }

    public void Add(StoryVector v, int maxFeatures)
    {
        var dot = Dot(v);
        for (var k = 0; k < KindCount; k++)
        {
            NormSquared[k] += 2 * dot[k] + v.NormSquared[k];
        }

        Centroid.Add(v.Keys, v.Weights);

        Count++;
        _leadEntities = null;
        _leadNumbers = null;
        _leadTerms = null;
        Widen(v.Source.Time, v.Source.Time);
        // Pruning at half as much again keeps memory near the cap without sorting on every add.
        if (Centroid.Count > maxFeatures * 3 / 2)
        {
            Prune(maxFeatures);
        }
    }

    public void Widen(DateTimeOffset? first, DateTimeOffset? last)
    {
        if (first is { } f && (First is null || f < First))
        {
            First = f;
        }

        if (last is { } l && (Last is null || l > Last))
        {
            Last = l;
        }
    }

    /// <summary>Keeps the story listed under its <paramref name="max"/> heaviest indexed keys once it exceeds twice that; returns the keys dropped.</summary>
    public IReadOnlyList<ulong> TrimIndexed(int max)
    {
        if (Indexed.Count <= 2 * max)
        {
            return [];
        }

        var ranked = Indexed.OrderByDescending(k => Centroid.GetValueOrDefault(k)).ThenBy(k => k).ToList();
        Indexed.Clear();
        Indexed.UnionWith(ranked.Take(max));
        return ranked.GetRange(max, ranked.Count - max);
    }

    /// <summary>Keeps the heaviest features (those weighing more than <paramref name="above"/>); the norm is recomputed for what remains.</summary>
    public void Prune(int maxFeatures, float above = float.NegativeInfinity)
    {
        var kept = Centroid.Entries().Where(p => p.Weight > above).OrderByDescending(p => p.Weight).ThenBy(p => p.Key).Take(maxFeatures).ToList();
        Array.Clear(NormSquared);
        _leadEntities = null;
        _leadNumbers = null;
        _leadTerms = null;
        foreach (var (k, w) in kept)
        {
            NormSquared[(int)Feature.KindOf(k)] += (double)w * w;
        }

        Centroid.Keep(kept);
    }

    /// <summary>How well a title's terms fit the centroid (longer titles are not favoured).</summary>
    public double TitleFit(ulong[] keys)
    {
        if (keys.Length == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (var k in keys)
        {
            sum += Centroid.GetValueOrDefault(k);
        }

        return sum / Math.Sqrt(keys.Length);
    }
}

/// <summary>
/// A member that joined its story weakly (<see cref="StoryState.Onsets"/>): itself as a story of one, to
/// compare later articles with, and how many joins the story has had since.
/// </summary>
internal sealed class Onset
{
    public Onset(StoryVector vector, int maxFeatures)
    {
        Vector = vector;
        Alone = new StoryState(-1) { Seed = vector.Sketch };
        Alone.Add(vector, maxFeatures);
        Alone.AddMember(vector.Sketch);
    }

    public StoryVector Vector { get; }

    public StoryState Alone { get; }

    public int Watched { get; set; }
}

namespace Newsdesk.Core.Stories;

/// <summary>What the clusterer keeps of one live story: its centroid, times, indexed keys and headline candidates.</summary>
internal sealed class StoryState(long id)
{
    /// <summary>Headline candidates kept per story (the earliest titles, then better-fitting ones replace the worst).</summary>
    public const int MaxTitles = 12;

    public long Id { get; } = id;

    /// <summary>Sum of the member vectors.</summary>
    public Dictionary<ulong, float> Centroid { get; } = [];

    /// <summary>Squared norm of the centroid, per feature kind.</summary>
    public double[] NormSquared { get; } = new double[KindCount];

    public const int KindCount = 5;

    public int Count { get; set; }

    public DateTimeOffset? First { get; set; }

    public DateTimeOffset? Last { get; set; }

    /// <summary>Keys under which the story is listed in the inverted index.</summary>
    public HashSet<ulong> Indexed { get; } = [];

    public List<(string Title, ulong[] Keys)> Titles { get; } = [];

    /// <summary>Members kept for single-link evidence: the most recent ones.</summary>
    public const int MaxMembers = 24;

    public List<MemberSketch> Members { get; } = [];

    public void AddMember(MemberSketch member)
    {
        if (Members.Count == MaxMembers)
        {
            Members.RemoveAt(0);
        }

        Members.Add(member);
    }

    /// <summary>Dot products with the centroid, per feature kind.</summary>
    public double[] Dot(StoryVector v)
    {
        var dot = new double[KindCount];
        for (var i = 0; i < v.Keys.Length; i++)
        {
            if (Centroid.TryGetValue(v.Keys[i], out var w))
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

        for (var i = 0; i < v.Keys.Length; i++)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Centroid, v.Keys[i], out var exists);
            slot += v.Weights[i];
        }

        Count++;
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

    /// <summary>Keeps the heaviest features; the norm is recomputed for what remains.</summary>
    public void Prune(int maxFeatures)
    {
        var kept = Centroid.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxFeatures).ToList();
        Centroid.Clear();
        Array.Clear(NormSquared);
        foreach (var (k, w) in kept)
        {
            Centroid[k] = w;
            NormSquared[(int)Feature.KindOf(k)] += (double)w * w;
        }

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

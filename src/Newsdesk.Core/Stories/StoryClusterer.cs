namespace Newsdesk.Core.Stories;

/// <summary>
/// Online, single-pass story clustering: each article joins the most similar live story or starts
/// one, in arrival order, deterministically. Candidates come from an inverted index over the
/// stories' heaviest features; each candidate is scored by a linear model over <see cref="StoryEvidence"/>
/// (per-kind cosines of the article's TF-IDF vectors with the story centroid: terms, title terms,
/// entities, numbers, dates; names the story never mentions; conflicting years; time gap and
/// proximity; the closest single member). Stories idle for longer than the window leave memory.
/// A weak join stays open to doubt for a few joins: the first report of a second, similar event often
/// joins the first event's story weakly, and the next report of it then fits that article alone better
/// than the story. The two then start a story of their own (<see cref="StoryMatch.Moved"/>) instead of
/// carrying the second event into the first one's story.
/// Not thread-safe: one caller at a time (the AssignStory use case serialises access).
/// </summary>
public sealed class StoryClusterer(StoryClusteringOptions options)
{
    private readonly DocumentFrequencies _frequencies = new();
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly StoryIndex _index = new(options.MaxPostings);

    private DateTimeOffset? _now;
    private DateTimeOffset? _nextEviction;

    public StoryClusteringOptions Options { get; } = options;

    /// <summary>Stories currently held in memory (those updated within the window).</summary>
    public int LiveStories => _stories.Count;

    /// <summary>Inverted-index entries held in memory (a measure of its size).</summary>
    public long IndexEntries => _index.Entries;

    /// <summary>Index entries visited by candidate lookups so far (a measure of their cost, for benchmarks).</summary>
    public long IndexScanned => _index.Scanned;

    /// <summary>Candidate stories compared in full with an article so far (a measure of their cost, for benchmarks).</summary>
    public long Compared { get; private set; }

    /// <summary>The latest article time seen: the clock that moves the window.</summary>
    public DateTimeOffset? StreamTime => _now;

    public bool IsLive(long storyId) => _stories.ContainsKey(storyId);

    /// <summary>Finds the story an article belongs to, without changing anything.</summary>
    public StoryMatch FindStory(StoryFeatures features)
    {
        var vector = Vectorize(features);
        long? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var id in Candidates(vector))
        {
            Compared++;
            var evidence = StoryComparison.Evidence(_stories[id], vector);
            if (!Options.Related(evidence))
            {
                continue;
            }

            var score = Options.Score(evidence);
            if (score > bestScore || (score == bestScore && best is { } b && id < b))
            {
                best = id;
                bestScore = score;
            }
        }

        if (bestScore >= Options.JoinThreshold && best is { } joined && Split(_stories[joined], vector, bestScore) is { } split)
        {
            return new StoryMatch(null, split.Score, vector, joined, split.Onset.Vector);
        }

        return new StoryMatch(bestScore >= Options.JoinThreshold ? best : null, best is null ? 0 : bestScore, vector);
    }

    /// <summary>
    /// The weak member of <paramref name="story"/> the article fits clearly better alone than the story
    /// it joined (by <see cref="StoryClusteringOptions.SplitMargin"/>, and well enough to join it), if any:
    /// the two then start a story of their own.
    /// </summary>
    private (Onset Onset, double Score)? Split(StoryState story, StoryVector vector, double storyScore)
    {
        if (!Options.SplitOnsets)
        {
            return null;
        }

        (Onset Onset, double Score)? best = null;
        foreach (var onset in story.Onsets)
        {
            // A copy of the weak member says nothing new about where it belongs: it goes where the member is.
            if (vector.Probe.Cosine(onset.Vector.Sketch) >= Options.CopyLink)
            {
                continue;
            }

            Compared++;
            var evidence = StoryComparison.Evidence(onset.Alone, vector);
            var score = Options.Score(evidence);
            if (Options.Related(evidence) && score >= Options.JoinThreshold && score >= storyScore + Options.SplitMargin
                && (best is null || score > best.Value.Score))
            {
                best = (onset, score);
            }
        }

        return best;
    }

    /// <summary>The evidence against every candidate story, and against <paramref name="alsoStoryId"/> when it is live (evaluation and tuning).</summary>
    public IReadOnlyList<(long StoryId, StoryEvidence Evidence)> Explain(StoryFeatures features, long? alsoStoryId = null)
    {
        var vector = Vectorize(features);
        var ids = Candidates(vector).ToList();
        if (alsoStoryId is { } also && _stories.ContainsKey(also) && !ids.Contains(also))
        {
            ids.Add(also);
        }

        return ids.Select(id => (id, StoryComparison.Evidence(_stories[id], vector))).ToList();
    }

    /// <summary>Stories sharing the article's heaviest features, the most overlapping first (bounded by MaxCandidates).</summary>
    private List<long> Candidates(StoryVector vector) =>
        _index.Candidates(vector.Heaviest(Options.QueryFeatures), vector, Options.MaxCandidates);

    /// <summary>Records that the article of <paramref name="match"/> belongs to <paramref name="storyId"/> (its match or a new story).</summary>
    /// <remarks>
    /// When the match is a split, the moved article leaves its story first and founds
    /// <paramref name="storyId"/>; the article joins it. A join below <see cref="StoryClusteringOptions.WeakJoinScore"/>
    /// is watched for the story's next <see cref="StoryClusteringOptions.OnsetWatch"/> joins.
    /// </remarks>
    public void Add(StoryMatch match, long storyId)
    {
        if (match is { SplitFrom: { } from, MovedVector: { } moved } && _stories.TryGetValue(from, out var left))
        {
            left.Remove(moved, Options.CentroidFeatures);
            left.Onsets.RemoveAll(o => o.Vector == moved);
            Add(moved, storyId, countFrequencies: false);
        }

        var joined = match.StoryId == storyId && _stories.TryGetValue(storyId, out var story) ? story : null;
        Add(match.Vector, storyId);
        if (joined is null || !Options.SplitOnsets)
        {
            return;
        }

        foreach (var onset in joined.Onsets)
        {
            onset.Watched++;
        }

        joined.Onsets.RemoveAll(o => o.Watched > Options.OnsetWatch);
        if (match.Score < Options.WeakJoinScore)
        {
            joined.Onsets.Add(new Onset(match.Vector, Options.CentroidFeatures));
        }
    }

    /// <summary>Adds an article already assigned to a story (reloading the window from the store).</summary>
    public void Add(StoryFeatures features, long storyId) => Add(Vectorize(features), storyId);

    /// <summary>Folds story <paramref name="fromId"/> into <paramref name="intoId"/> (two stories that turned out to be one).</summary>
    public void Merge(long fromId, long intoId)
    {
        if (fromId == intoId || !_stories.Remove(fromId, out var from))
        {
            return;
        }

        _index.Retire(from);

        if (!_stories.TryGetValue(intoId, out var into))
        {
            into = new StoryState(intoId);
            _stories[intoId] = into;
        }

        into.Centroid.Add(from.Centroid.Keys, from.Centroid.Weights);

        into.Count += from.Count;
        into.JoinLinkSum += from.JoinLinkSum;
        into.JoinLinkCount += from.JoinLinkCount;
        into.Widen(from.First, from.Last);
        for (var k = 0; k < from.Members.Count; k++)
        {
            into.Members.Add(from.Members.KeysOf(k), from.Members.WeightsOf(k));
        }

        foreach (var title in from.Titles)
        {
            if (into.Titles.Count < StoryState.MaxTitles)
            {
                into.Titles.Add(title);
            }
        }

        foreach (var key in from.Indexed)
        {
            if (into.Indexed.Add(key))
            {
                _index.Add(key, into);
            }
        }

        into.Prune(Options.CentroidFeatures);
        TrimIndexed(into);

        // An editor's merge settles what belongs together: no weak join of either is in doubt any more.
        into.Onsets.Clear();
    }

    /// <summary>
    /// Rebuilds a story from the articles it keeps after an editor moved some out: the old centroid
    /// cannot give back what they added, so the story starts again from <paramref name="members"/> (in
    /// time order). Document frequencies are not counted again: the articles were counted when they came.
    /// An empty list drops the story from memory.
    /// </summary>
    public void Rebuild(long storyId, IEnumerable<StoryFeatures> members)
    {
        if (_stories.Remove(storyId, out var old))
        {
            _index.Retire(old);
        }

        foreach (var features in members)
        {
            Add(Vectorize(features), storyId, countFrequencies: false);
        }
    }

    /// <summary>A live story's representative headline, keywords, time span and size; null when it is not in memory.</summary>
    public StorySummary? Describe(long storyId)
    {
        if (!_stories.TryGetValue(storyId, out var s))
        {
            return null;
        }

        // A report's title names the story; commentary's only when no report's title is kept.
        var headline = s.Titles.Count == 0 ? "" : s.Titles.MaxBy(t => (!t.Opinion, s.TitleFit(t.Keys))).Title;
        var keywords = Keywords(s);
        return new StorySummary(storyId, headline, keywords, s.First, s.Last, s.Count);
    }

    /// <summary>The words of the story's headline candidates that weigh most in its centroid, as written.</summary>
    private static List<string> Keywords(StoryState story)
    {
        var best = new Dictionary<string, (string Surface, double Weight)>(StringComparer.Ordinal);
        foreach (var (title, _, _) in story.Titles)
        {
            foreach (var token in Text.Tokenizer.Tokenize(title))
            {
                if (token.Value.Length < 2 || char.IsDigit(token.Value[0]) || Text.Stopwords.IsStopword(token.Value))
                {
                    continue;
                }

                var weight = story.Centroid.GetValueOrDefault(StoryFeatureExtractor.TermKey(token.Value));
                if (weight > 0 && (!best.TryGetValue(token.Value, out var seen) || weight > seen.Weight))
                {
                    best[token.Value] = (title.Substring(token.Start, token.Length), weight);
                }
            }
        }

        return best.Values.OrderByDescending(v => v.Weight).ThenBy(v => v.Surface, StringComparer.Ordinal)
            .Select(v => v.Surface).Take(StorySummary.KeywordCount).ToList();
    }

    private void Add(StoryVector vector, long storyId, bool countFrequencies = true)
    {
        Advance(vector.Source.Time);
        if (!_stories.TryGetValue(storyId, out var story))
        {
            story = new StoryState(storyId);
            _stories[storyId] = story;
        }

        if (story.Count == 0)
        {
            story.Seed = vector.Sketch;
        }
        else
        {
            story.JoinLinkSum += StoryComparison.SingleLink(story, vector);
            story.JoinLinkCount++;
        }

        story.Add(vector, Options.CentroidFeatures);
        if (vector.Source.Time is null)
        {
            story.Widen(_now, _now);
        }

        AddTitle(story, vector);
        story.AddMember(vector.Sketch);
        foreach (var i in vector.Heaviest(Options.QueryFeatures))
        {
            var key = vector.Keys[i];
            if (story.Indexed.Add(key))
            {
                _index.Add(key, story);
            }
        }

        TrimIndexed(story);

        if (countFrequencies)
        {
            _frequencies.Add(vector.Keys);
        }
    }

    /// <summary>
    /// A story stays listed under at most this many times <see cref="StoryClusteringOptions.QueryFeatures"/>
    /// keys (its heaviest): a story that keeps growing must not spread over ever more of the index.
    /// </summary>
    private const int IndexedPerQuery = 4;

    private void TrimIndexed(StoryState story)
    {
        foreach (var key in story.TrimIndexed(Options.QueryFeatures * IndexedPerQuery))
        {
            _index.Remove(key, story);
        }
    }

    private static (bool Report, double Fit) Rank(StoryState story, (string Title, ulong[] Keys, bool Opinion) title) =>
        (!title.Opinion, story.TitleFit(title.Keys));

    private static void AddTitle(StoryState story, StoryVector vector)
    {
        var keys = vector.Keys.Where((_, i) => vector.Kinds[i] == FeatureKind.TitleTerm).ToArray();
        var entry = (vector.Source.Title, keys, vector.Source.Opinion);
        if (story.Titles.Count < StoryState.MaxTitles)
        {
            story.Titles.Add(entry);
            return;
        }

        // Commentary's titles give way first, then the ones that fit the story least.
        var worst = 0;
        for (var i = 1; i < story.Titles.Count; i++)
        {
            if (Rank(story, story.Titles[i]).CompareTo(Rank(story, story.Titles[worst])) < 0)
            {
                worst = i;
            }
        }

        if (Rank(story, entry).CompareTo(Rank(story, story.Titles[worst])) > 0)
        {
            story.Titles[worst] = entry;
        }
    }

    private StoryVector Vectorize(StoryFeatures features)
    {
        var list = features.Features;
        var keys = new ulong[list.Count];
        var weights = new float[list.Count];
        var kinds = new FeatureKind[list.Count];
        var norms = new double[StoryState.KindCount];
        for (var i = 0; i < list.Count; i++)
        {
            var f = list[i];
            var w = (f.Count >= 1 ? 1 + Math.Log(f.Count) : f.Count) * _frequencies.Idf(f.Key);
            keys[i] = f.Key;
            weights[i] = (float)w;
            kinds[i] = f.Kind;
            norms[(int)f.Kind] += w * w;
        }

        var vector = new StoryVector(keys, weights, kinds, features);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(weights[i] / Math.Sqrt(norms[(int)kinds[i]]));
        }

        for (var k = 0; k < norms.Length; k++)
        {
            vector.NormSquared[k] = norms[k] > 0 ? 1 : 0;
        }

        return vector;
    }

    /// <summary>Moves the stream clock and drops stories idle for longer than the window.</summary>
    private void Advance(DateTimeOffset? time)
    {
        if (time is not { } t || (_now is { } now && t <= now))
        {
            return;
        }

        _now = t;
        if (_nextEviction is { } next && t < next)
        {
            return;
        }

        // Evicting in steps of a tenth of the window keeps the sweep cost negligible.
        _nextEviction = t + Options.Window / 10;
        var cutoff = t - Options.Window;
        var expired = _stories.Values.Where(s => s.Last is { } last && last < cutoff).Select(s => s.Id).ToList();
        if (expired.Count == 0)
        {
            return;
        }

        foreach (var id in expired)
        {
            if (_stories.Remove(id, out var gone))
            {
                _index.Retire(gone);
            }
        }

        _index.Sweep();
    }
}

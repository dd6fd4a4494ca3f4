using System.Globalization;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Entities;

namespace Newsdesk.Core.Ranking;

/// <summary>
/// Scores articles and stories against one beat, with the reasons. The score adds up:
/// 1. each matched term: kind weight x term weight x (headline multiplier when in a headline) x
///    (1 + ln mentions), mentions capped at <see cref="MaxCountedMentions"/>; for a story, the
///    best article's points per term, so a long article does not outweigh three outlets. Terms
///    are found by their surface forms (<see cref="BeatMatcher"/>); with an entity extractor an
///    entity also counts the mentions the beat glossary resolves to it (romanisations, metonyms,
///    abbreviations the beat does not list), the larger count of the two;
/// 2. outlets: <see cref="BeatWeights.Outlets"/> per doubling of distinct outlets among the
///    originals (copies of another article are collapsed, counted apart);
/// 3. the best beat source among the originals;
/// 4. recency: <see cref="BeatWeights.Recency"/> halving every half-life since the latest original
///    (a late copy is republishing, not news).
/// Without any term match the story is off the beat and scores 0 whatever its outlets or age;
/// when the terms add up to zero or less (an off-beat keyword), only they count.
/// </summary>
public sealed class RelevanceScorer(Beat beat, TimeProvider clock, EntityExtractor? entities = null)
{
    /// <summary>Mentions beyond this add nothing: a page that repeats a name twenty times is not twice as relevant.</summary>
    public const int MaxCountedMentions = 10;

    /// <summary>Terms named in <see cref="Relevance.Reasons"/>; the rest are "+N more".</summary>
    private const int ReasonTerms = 5;

    private readonly BeatMatcher _matcher = new(beat);

    private readonly Dictionary<string, BeatTerm> _entityByKey = entities is null ? [] : EntityKeys(beat, entities);

    public Beat Beat => beat;

    public Relevance ScoreArticle(Article article) => ScoreStory([article]);

    /// <summary>Scores the articles of one story (copies included: they are collapsed, not counted as outlets).</summary>
    public Relevance ScoreStory(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0)
        {
            throw new ArgumentException("A story has at least one article.", nameof(articles));
        }

        var originals = articles.Where(a => a.CopyOfId is null).ToList();
        if (originals.Count == 0)
        {
            originals = articles.ToList();
        }

        var matches = originals.SelectMany(Match)
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => Math.Abs(m.Points)).First() with { Mentions = g.Sum(m => m.Mentions), InTitle = g.Any(m => m.InTitle) })
            .OrderByDescending(m => m.Points)
            .ToList();
        var outlets = originals.Select(OutletOf).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var source = originals.Select(SourceOf).Where(s => s is not null).OrderByDescending(s => s!.Weight).FirstOrDefault();
        var firstSeen = articles.Min(a => a.SortTime);
        var lastSeen = originals.Max(a => a.SortTime);
        var copies = articles.Count - originals.Count;

        var topical = matches.Sum(m => m.Points);
        var score = topical;
        if (topical > 0)
        {
            var w = beat.Weights;
            var ageHours = Math.Max(0, (clock.GetUtcNow() - lastSeen).TotalHours);
            score += w.Outlets * Math.Log2(Math.Max(1, outlets))
                + w.Source * (source?.Weight ?? 0)
                + w.Recency * Math.Pow(0.5, ageHours / w.RecencyHalfLifeHours);
        }

        return new Relevance(score, matches, outlets, copies, source?.Outlet, firstSeen, lastSeen, Explain(matches, outlets, copies, source, firstSeen, lastSeen));
    }

    private IEnumerable<TermMatch> Match(Article article)
    {
        var inTitle = Find(article.Title);
        var inBody = Find(article.Text);
        foreach (var term in inTitle.Keys.Union(inBody.Keys))
        {
            var kind = (inTitle.TryGetValue(term, out var t) ? t : inBody[term]).Kind;
            var mentions = (inTitle.TryGetValue(term, out var a) ? a.Mentions : 0) + (inBody.TryGetValue(term, out var b) ? b.Mentions : 0);
            var weight = (kind == BeatTermKind.Entity ? beat.Weights.Entity : beat.Weights.Keyword) * term.Weight;
            var points = weight * (inTitle.ContainsKey(term) ? beat.Weights.Title : 1) * (1 + Math.Log(Math.Min(mentions, MaxCountedMentions)));
            yield return new TermMatch(term.Name, kind, mentions, inTitle.ContainsKey(term), points);
        }
    }

    private Dictionary<BeatTerm, (BeatTermKind Kind, int Mentions)> Find(string text)
    {
        var found = _matcher.Find(text);
        if (entities is null || _entityByKey.Count == 0)
        {
            return found;
        }

        foreach (var group in entities.Extract(text).Where(m => _entityByKey.ContainsKey(m.Key)).GroupBy(m => _entityByKey[m.Key]))
        {
            var surface = found.TryGetValue(group.Key, out var f) ? f.Mentions : 0;
            found[group.Key] = (BeatTermKind.Entity, Math.Max(surface, group.Count()));
        }

        return found;
    }

    /// <summary>
    /// The glossary keys of the beat's entities: each name and alias is read by the extractor
    /// itself, so "KCNA" and "Korean Central News Agency" lead to the same key as in articles.
    /// </summary>
    private static Dictionary<string, BeatTerm> EntityKeys(Beat beat, EntityExtractor extractor)
    {
        var keys = new Dictionary<string, BeatTerm>(StringComparer.Ordinal);
        foreach (var term in beat.Entities)
        {
            foreach (var form in term.Aliases.Prepend(term.Name))
            {
                if (extractor.Extract(form) is [var only] && only.Length == form.Length)
                {
                    keys.TryAdd(only.Key, term);
                }
            }
        }

        return keys;
    }

    /// <summary>The article's outlet name, else its web host ("www." dropped), else nothing.</summary>
    internal static string OutletOf(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Outlet))
        {
            return article.Outlet.Trim();
        }

        return Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", "", StringComparison.OrdinalIgnoreCase) : "";
    }

    private BeatSource? SourceOf(Article article)
    {
        var outlet = OutletOf(article);
        var host = Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) ? uri.Host : "";
        return beat.Sources.FirstOrDefault(s =>
            string.Equals(s.Outlet, outlet, StringComparison.OrdinalIgnoreCase)
            || (host.Length > 0 && (string.Equals(s.Outlet, host, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + s.Outlet, StringComparison.OrdinalIgnoreCase))));
    }

    private string Explain(List<TermMatch> matches, int outlets, int copies, BeatSource? source, DateTimeOffset firstSeen, DateTimeOffset lastSeen)
    {
        var parts = new List<string>();
        if (matches.Count == 0)
        {
            parts.Add("no beat keyword or entity");
        }
        else
        {
            var named = string.Join(", ", matches.Take(ReasonTerms).Select(m => m.Points < 0 ? m.Name + " (off-beat)" : m.Name));
            parts.Add("matched: " + named + (matches.Count > ReasonTerms ? $" +{matches.Count - ReasonTerms} more" : ""));
        }

        parts.Add(outlets == 1 ? "1 outlet" : string.Create(CultureInfo.InvariantCulture, $"{outlets} outlets"));
        if (copies > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{copies} {(copies == 1 ? "copy" : "copies")} collapsed"));
        }

        if (source is not null)
        {
            parts.Add("from " + source.Outlet);
        }

        var now = clock.GetUtcNow();
        var seen = "first seen " + Ago(now - firstSeen);
        if (lastSeen - firstSeen >= TimeSpan.FromHours(1))
        {
            seen += ", latest " + Ago(now - lastSeen);
        }

        parts.Add(seen);
        return string.Join("; ", parts);
    }

    /// <summary>"just now", "35 min ago", "2 h ago", "3 d ago".</summary>
    internal static string Ago(TimeSpan age) => age.TotalMinutes switch
    {
        < 1 => "just now",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalMinutes} min ago"),
        < 48 * 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalHours} h ago"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays} d ago"),
    };
}

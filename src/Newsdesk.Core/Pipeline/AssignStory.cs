using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Puts newly stored articles into stories and traces their copies, in arrival order: each article
/// joins the story the <see cref="StoryClusterer"/> finds or starts one, and the
/// <see cref="CopyFinder"/> records whether it copies an earlier article (or is the original of
/// some). Called by <see cref="ArticleIngestor"/> for every article it adds.
/// When the clusterer splits a story (an article confirms that a weak join began another event), the
/// earlier article and its copies move to the new story, as an editor's move would move them.
/// </summary>
public sealed class AssignStory(NewsdeskDb db, StoryTracker tracker, TimeProvider clock)
{
    /// <summary>Assigns the articles; returns the stories that lost an article to a split (their figures need checking again).</summary>
    public async Task<IReadOnlyList<long>> AssignAsync(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var split = new List<long>();
        if (articles.Count == 0)
        {
            return split;
        }

        // Features and copy signatures depend on the article alone: computed before taking the
        // tracker, which other ingestions (other workers' batches) wait for.
        var prepared = articles.Select(a => (
                Article: a,
                Features: StoryFeatureExtractor.Extract(StoryDocument.Of(a), tracker.Clusterer.Options),
                Signature: CopySignature.Create(a.Id, a.Title, a.Text, a.SortTime, a.Outlet)))
            .ToList();
        await tracker.Gate.WaitAsync(ct);
        try
        {
            // One process at a time assigns, so the catch-up below reads every assignment committed
            // before this one: two workers given the first reports of one event at the same moment
            // would otherwise each start a story.
            await using var assigning = await EnterAssignmentAsync(ct);
            if (!tracker.Loaded)
            {
                await ReloadWindowAsync(ct);
                tracker.Loaded = true;
            }
            else
            {
                await StoryWindow.ApplyEditsAsync(db, tracker, clock.GetUtcNow(), ct);
                await CatchUpAsync(ct);
            }

            foreach (var (article, features, signature) in prepared)
            {
                if (await AssignOneAsync(article, features, signature, ct) is { } from)
                {
                    split.Add(from);
                }
            }

            await db.SaveChangesAsync(ct);
            if (assigning is not null)
            {
                await assigning.CommitAsync(ct);
            }
        }
        finally
        {
            tracker.Gate.Release();
        }

        return split;
    }

    /// <summary>Any key will do as long as every process uses the same one: the lock stands for story assignment.</summary>
    private const long AssignmentLockKey = 0x4e_44_53_54_4f_52_59; // "NDSTORY"

    /// <summary>
    /// A transaction that holds the store's assignment lock until it ends: on PostgreSQL an advisory
    /// lock, on SQLite the write lock an immediate transaction takes. Null inside a caller's transaction,
    /// which then holds what it holds.
    /// </summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> EnterAssignmentAsync(CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        // Microsoft.Data.Sqlite begins transactions IMMEDIATE (not deferred): the write lock is taken here.
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!db.IsSqlite)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AssignmentLockKey})", ct);
        }

        return transaction;
    }

    /// <summary>Assigns one article; returns the story it split, if it did.</summary>
    private async Task<long?> AssignOneAsync(Article article, StoryFeatures features, CopySignature signature, CancellationToken ct)
    {
        var time = article.SortTime;
        var match = tracker.Clusterer.FindStory(features);
        var story = match.StoryId is { } id ? await db.Stories.FindAsync([id], ct) : null;
        // A split is a join too: with the article that moves along.
        article.StoryScore = story is not null || match.Moved is not null ? match.Score : null;
        if (story is null)
        {
            story = new Story { FirstSeenAt = time, UpdatedAt = time };
            db.Stories.Add(story);
            await db.SaveChangesAsync(ct);
        }

        tracker.Clusterer.Add(match, story.Id);
        tracker.KnownAbove.Add(article.Id);
        article.StoryId = story.Id;
        story.ArticleCount++;
        story.FirstSeenAt = time < story.FirstSeenAt ? time : story.FirstSeenAt;
        story.UpdatedAt = time > story.UpdatedAt ? time : story.UpdatedAt;
        if (tracker.Clusterer.Describe(story.Id) is { } summary)
        {
            story.Describe(summary);
        }

        if (match is { SplitFrom: { } from, Moved: { } moved })
        {
            // Before the copy check: the article may copy the one that moves along.
            await SplitAsync(from, moved.Id, story, article.Id, ct);
        }

        var decision = tracker.Copies.Find(signature, story.Id);
        tracker.Copies.Add(signature, story.Id, decision);
        article.CopyCredit = signature.Attributions.Count > 0 ? Truncate(signature.Attributions[0], 256) : null;
        Apply(article, decision.OriginalId, decision.Verdict);
        foreach (var repoint in decision.Repointed)
        {
            if (await db.Articles.FindAsync([repoint.ArticleId], ct) is { } earlier)
            {
                Apply(earlier, repoint.OriginalId, repoint.Verdict);
            }
        }

        return match.SplitFrom;
    }

    /// <summary>
    /// Moves the article <paramref name="movedId"/> and its copies from story <paramref name="fromId"/> to
    /// <paramref name="into"/>, the story the clusterer just started with it and the article <paramref name="causeId"/>, as an editor's move does
    /// (<see cref="StoryWindow.MoveAsync"/>). This process rebuilds both stories at once, which also gives
    /// the copy finder their new members, and they take the headlines they now give.
    /// </summary>
    private async Task SplitAsync(long fromId, long movedId, Story into, long causeId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var moving = await db.Articles.WithCopiesIn(fromId, movedId).ToListAsync(ct);
        var from = await db.Stories.FirstAsync(s => s.Id == fromId, ct);
        var now = clock.GetUtcNow();
        await StoryWindow.MoveAsync(db, moving, from, into, StoryEdit.Split(movedId, moving.Count, fromId, into.Id, now, causeId), ct);
        await StoryWindow.AfterEditAsync(db, tracker, [from, into], now, ct);
    }

    private static void Apply(Article article, long? originalId, CopyVerdict verdict)
    {
        article.CopyOfId = originalId;
        article.CopyKind = originalId is null ? CopyKind.None : verdict.Kind;
        article.VerbatimShare = originalId is null ? null : verdict.VerbatimShare;
        if (originalId is null || verdict.AddedSentences.Count == 0)
        {
            article.AddedSentences = [];
            return;
        }

        var sentences = SentenceSplitter.Split(article.Text);
        article.AddedSentences = verdict.AddedSentences.Where(i => i < sentences.Count).Select(i => sentences[i].Text).ToList();
    }

    /// <summary>
    /// An article still without a story this long after it was stored is not being assigned any more (its
    /// process stopped): the catch-up stops waiting for it.
    /// </summary>
    private static readonly TimeSpan AssignmentGrace = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Adds to this process's window the articles other processes on the store have put in stories since
    /// it last looked (several `newsdesk run` workers on PostgreSQL, or `serve` and `run` on one SQLite
    /// file): without it each process would cluster only what it fetched itself, and one event would
    /// become one story per worker. Articles stored but not yet assigned hold the mark back until they are.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken ct)
    {
        var from = tracker.AssignedThrough;
        var rows = await db.Articles.AsNoTracking().Where(a => a.Id > from).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.StoryId, a.RetrievedAt }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return;
        }

        var missing = rows.Where(r => r.StoryId != null && !tracker.KnownAbove.Contains(r.Id)).Select(r => r.Id).ToList();
        if (missing.Count > 0)
        {
            var now = clock.GetUtcNow();
            var articles = await db.Articles.AsNoTracking().Where(a => missing.Contains(a.Id)).Select(StoredStoryArticle.FromArticle).ToListAsync(ct);
            foreach (var a in articles.OrderBy(a => a.Time).ThenBy(a => a.Id))
            {
                a.AddTo(tracker, a.StoryId, now);
                tracker.KnownAbove.Add(a.Id);
            }
        }

        // The mark moves up to the first article still being assigned somewhere (recently stored, no story yet).
        var cutoff = clock.GetUtcNow() - AssignmentGrace;
        var pending = rows.FirstOrDefault(r => r.StoryId == null && r.RetrievedAt > cutoff);
        tracker.AssignedThrough = pending is null ? rows[^1].Id : Math.Max(from, pending.Id - 1);
        tracker.KnownAbove.RemoveWhere(id => id <= tracker.AssignedThrough);
    }

    /// <summary>Rebuilds the in-memory window (stories and copy index) from the store after a restart.</summary>
    private async Task ReloadWindowAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Edits up to here are in the articles loaded below; later ones are applied before the next batch.
        tracker.EditsSeen = await db.StoryEdits.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        // Articles stored but not yet in a story (another process is assigning them) are caught up later.
        var recent = now - AssignmentGrace;
        var assignedThrough = await db.Articles.Where(a => a.StoryId == null && a.RetrievedAt > recent).MinAsync(a => (long?)a.Id, ct) is { } pending
            ? pending - 1
            : await db.Articles.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var cutoff = now - (tracker.Clusterer.Options.Window > tracker.Copies.Window ? tracker.Clusterer.Options.Window : tracker.Copies.Window);
        var mergedInto = await db.Stories.AsNoTracking().Where(s => s.MergedIntoId != null)
            .ToDictionaryAsync(s => s.Id, s => s.MergedIntoId!.Value, ct);
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && (a.RetrievedAt >= cutoff || a.PublishedAt >= cutoff))
            .Select(StoredStoryArticle.FromArticle)
            .ToListAsync(ct);
        foreach (var a in rows.OrderBy(a => a.Time).ThenBy(a => a.Id))
        {
            var storyId = a.StoryId;
            while (mergedInto.TryGetValue(storyId, out var into))
            {
                storyId = into;
            }

            a.AddTo(tracker, storyId, now);
            if (a.Id > assignedThrough)
            {
                tracker.KnownAbove.Add(a.Id);
            }
        }

        tracker.AssignedThrough = assignedThrough;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Publishing;

/// <summary>
/// The composer's use cases: start a draft, add stories or articles, save the editor's changes and
/// publish. Every change bumps <see cref="Brief.Version"/>, and a change based on an older version
/// is refused (<see cref="BriefChangeStatus.Conflict"/>) rather than overwriting someone else's work.
/// </summary>
public sealed class BriefEditor(NewsdeskDb db, TimeProvider clock)
{
    public const int MaxItems = 100;
    public const int MaxQuotes = 10;

    /// <summary>Creates an empty draft for a day, with a unique slug ("2026-11-22", then "2026-11-22-2").</summary>
    public async Task<Brief> CreateDraftAsync(DateOnly date, string? title, CancellationToken ct)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var taken = await db.Briefs.Where(b => b.Slug == day || b.Slug.StartsWith(day + "-")).Select(b => b.Slug).ToListAsync(ct);
        var slug = day;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = day + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        var now = clock.GetUtcNow();
        var brief = new Brief
        {
            Date = date,
            Title = string.IsNullOrWhiteSpace(title) ? "Brief for " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : title.Trim(),
            Slug = slug,
            Status = BriefStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Briefs.Add(brief);
        await db.SaveChangesAsync(ct);
        return brief;
    }

    /// <summary>The most recently changed draft, or a new one for today when there is none.</summary>
    public async Task<Brief> CurrentDraftAsync(CancellationToken ct)
    {
        var draft = await db.Briefs.Where(b => b.Status == BriefStatus.Draft)
            .OrderByDescending(b => b.UpdatedAt).ThenByDescending(b => b.Id).FirstOrDefaultAsync(ct);
        return draft ?? await CreateDraftAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null, ct);
    }

    /// <summary>
    /// Appends a story (shown through its original article) or a single article. Adding what the
    /// brief already holds changes nothing. Appending does not need the editor's version: it cannot
    /// overwrite anything, but it does bump the version so open composers learn of it.
    /// </summary>
    public async Task<BriefChange> AddItemAsync(long briefId, long? storyId, long? articleId, CancellationToken ct)
    {
        var brief = await db.Briefs.Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == briefId, ct);
        if (brief is null)
        {
            return BriefChange.NotFound(briefId);
        }

        Article? article;
        if (articleId is { } aid)
        {
            article = await db.Articles.FirstOrDefaultAsync(a => a.Id == aid, ct);
        }
        else if (storyId is { } sid)
        {
            // The story's original: its earliest article that is not a copy of another.
            article = await db.Articles.Where(a => a.StoryId == sid)
                .OrderBy(a => a.CopyOfId != null).ThenBy(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id)
                .FirstOrDefaultAsync(ct);
        }
        else
        {
            return BriefChange.Invalid(briefId, brief.Version, "Say which story or article to add.");
        }

        if (article is null)
        {
            return BriefChange.Invalid(briefId, brief.Version, storyId is not null ? $"Story {storyId} has no articles." : $"Article {articleId} does not exist.");
        }

        var story = storyId ?? article.StoryId;
        if (brief.Items.Any(i => i.ArticleId == article.Id || (story != null && i.StoryId == story)))
        {
            return new BriefChange(BriefChangeStatus.Saved, brief.Id, brief.Version, brief.UpdatedAt, "Already in the brief.");
        }

        if (brief.Items.Count >= MaxItems)
        {
            return BriefChange.Invalid(briefId, brief.Version, $"A brief holds at most {MaxItems} items.");
        }

        brief.Items.Add(new BriefItem
        {
            ArticleId = article.Id,
            StoryId = story,
            Position = brief.Items.Count == 0 ? 1 : brief.Items.Max(i => i.Position) + 1,
            ExcerptMode = ExcerptMode.Excerpt,
        });
        return await CommitAsync(brief, brief.Version, publish: false, ct);
    }

    /// <summary>Applies a composer save, unless someone else saved since <see cref="BriefEdit.Version"/>.</summary>
    public async Task<BriefChange> SaveAsync(BriefEdit edit, CancellationToken ct)
    {
        var brief = await db.Briefs.Include(b => b.Items).Include(b => b.Quotes).FirstOrDefaultAsync(b => b.Id == edit.BriefId, ct);
        if (brief is null)
        {
            return BriefChange.NotFound(edit.BriefId);
        }

        if (brief.Version != edit.Version)
        {
            return BriefChange.Conflict(brief.Id, brief.Version, brief.UpdatedAt, edit.Version);
        }

        var problem = await ValidateAsync(brief, edit, ct);
        if (problem is not null)
        {
            return BriefChange.Invalid(brief.Id, brief.Version, problem);
        }

        brief.Title = edit.Title.Trim();
        brief.Intro = Clean(edit.Intro);
        var byId = brief.Items.ToDictionary(i => i.Id);
        var kept = edit.Items.Select(e => e.ItemId).ToHashSet();
        foreach (var removed in brief.Items.Where(i => !kept.Contains(i.Id)).ToList())
        {
            brief.Items.Remove(removed);
            db.BriefItems.Remove(removed);
        }

        for (var n = 0; n < edit.Items.Count; n++)
        {
            var e = edit.Items[n];
            var item = byId[e.ItemId];
            item.Position = n + 1;
            item.Headline = Clean(e.Headline);
            item.Commentary = Clean(e.Commentary);
            item.ExcerptMode = e.ExcerptMode;
        }

        db.BriefQuotes.RemoveRange(brief.Quotes);
        brief.Quotes.Clear();
        for (var n = 0; n < edit.QuoteIds.Count; n++)
        {
            brief.Quotes.Add(new BriefQuote { QuoteId = edit.QuoteIds[n], Position = n + 1 });
        }

        return await CommitAsync(brief, edit.Version, publish: false, ct);
    }

    /// <summary>Publishes the brief as it stands at <paramref name="version"/>; its archive URL is fixed from then on.</summary>
    public async Task<BriefChange> PublishAsync(long briefId, int version, CancellationToken ct)
    {
        var brief = await db.Briefs.Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == briefId, ct);
        if (brief is null)
        {
            return BriefChange.NotFound(briefId);
        }

        if (brief.Version != version)
        {
            return BriefChange.Conflict(brief.Id, brief.Version, brief.UpdatedAt, version);
        }

        if (brief.Items.Count == 0)
        {
            return BriefChange.Invalid(brief.Id, brief.Version, "A brief needs at least one item before it can be published.");
        }

        if (brief.Status != BriefStatus.Published)
        {
            brief.Status = BriefStatus.Published;
            brief.PublishedAt = clock.GetUtcNow();
        }

        return await CommitAsync(brief, version, publish: true, ct);
    }

    private async Task<string?> ValidateAsync(Brief brief, BriefEdit edit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(edit.Title))
        {
            return "The brief needs a title.";
        }

        if (edit.Title.Trim().Length > 512)
        {
            return "The title is longer than 512 characters.";
        }

        var ids = brief.Items.Select(i => i.Id).ToHashSet();
        var unknown = edit.Items.FirstOrDefault(i => !ids.Contains(i.ItemId));
        if (unknown is not null)
        {
            return $"Item {unknown.ItemId} is not part of this brief (was it removed by someone else?).";
        }

        if (edit.Items.Select(i => i.ItemId).Distinct().Count() != edit.Items.Count)
        {
            return "An item appears twice.";
        }

        if (edit.Items.Any(i => i.Headline?.Length > 1024))
        {
            return "A headline is longer than 1024 characters.";
        }

        if (edit.QuoteIds.Count > MaxQuotes || edit.QuoteIds.Distinct().Count() != edit.QuoteIds.Count)
        {
            return $"Choose up to {MaxQuotes} different quotes of the day.";
        }

        var quoteIds = edit.QuoteIds.ToList();
        var found = await db.Quotes.CountAsync(q => quoteIds.Contains(q.Id), ct);
        return found == quoteIds.Count ? null : "A chosen quote no longer exists.";
    }

    /// <summary>
    /// Saves a change based on version <paramref name="basedOn"/>; <paramref name="publish"/> (publication,
    /// and "Update published brief") then keeps the brief as it now reads as its edition. Other changes to a
    /// published brief wait in the composer until the editor updates it: readers never see half a correction.
    /// </summary>
    private async Task<BriefChange> CommitAsync(Brief brief, int basedOn, bool publish, CancellationToken ct)
    {
        // The UPDATE is conditional on the version the change was based on (Version is a
        // concurrency token), so of two simultaneous saves exactly one wins.
        db.Entry(brief).Property(b => b.Version).OriginalValue = basedOn;
        brief.Version = basedOn + 1;
        brief.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            if (publish)
            {
                await KeepEditionAsync(brief, ct);
            }

            return new BriefChange(BriefChangeStatus.Saved, brief.Id, brief.Version, brief.UpdatedAt);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Briefs.AsNoTracking().Where(b => b.Id == brief.Id)
                .Select(b => new { b.Version, b.UpdatedAt }).FirstOrDefaultAsync(ct);
            return current is null ? BriefChange.NotFound(brief.Id) : BriefChange.Conflict(brief.Id, current.Version, current.UpdatedAt, basedOn);
        }
    }

    /// <summary>
    /// Keeps the published brief as it now reads (<see cref="Brief.Edition"/>): at publication and at
    /// each update after it. The write is conditional on the version just saved, so an edition never
    /// overwrites the one of a later save.
    /// </summary>
    private async Task KeepEditionAsync(Brief brief, CancellationToken ct)
    {
        if (await db.LoadBriefViewAsync(brief.Id, ct) is not { } view)
        {
            return;
        }

        brief.Edition = BriefEditions.Write(view);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>The editor's subscriptions: list them with their health, edit, disable, re-enable or remove one.</summary>
public sealed class SourceSubscriptions(NewsdeskDb db, TimeProvider clock)
{
    /// <summary>Longest selector list kept per field: a site rule is a few selectors, not a style sheet.</summary>
    public const int MaxSelectorsLength = 4000;

    /// <summary>Every source, by category and title.</summary>
    public async Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken ct) =>
        await Health(db.Sources.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Title).ThenBy(s => s.Id)).ToListAsync(ct);

    /// <summary>One page of the sources matching <paramref name="query"/>, the ones in trouble first.</summary>
    public async Task<SourceList> ListAsync(SourceListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var counts = new Dictionary<SourceState, int>();
        foreach (var state in Enum.GetValues<SourceState>())
        {
            counts[state] = await InState(db.Sources, state).CountAsync(ct);
        }

        var matching = db.Sources.AsNoTracking();
        if (query.State is { } wanted)
        {
            matching = InState(matching, wanted);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
            matching = matching.Where(s => s.Title.ToLower().Contains(text) || (s.Url != null && s.Url.ToLower().Contains(text))
                || (s.Category != null && s.Category.ToLower().Contains(text)));
        }

        var size = Math.Clamp(query.PageSize, 1, SourceListQuery.MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var rows = await Health(matching.OrderByDescending(s => s.ErrorCount).ThenBy(s => s.Category).ThenBy(s => s.Title).ThenBy(s => s.Id)
            .Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        return new SourceList(rows, await matching.CountAsync(ct), counts);
    }

    /// <summary>The health line of one source, or null.</summary>
    public Task<SourceHealth?> HealthAsync(long id, CancellationToken ct) =>
        Health(db.Sources.AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>Finds a source by its id or its exact URL.</summary>
    public async Task<Source?> FindAsync(string idOrUrl, CancellationToken ct) =>
        long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.FindByUrlAsync(idOrUrl.Trim(), ct);

    /// <summary>Changes how a source is shown and filed and how its pages are read; refuses a blank
    /// title, overlong fields and selectors that do not parse.</summary>
    public async Task<SourceChange> EditAsync(string idOrUrl, SourceEdit edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var problem = string.IsNullOrWhiteSpace(edit.Title) ? "A source needs a title."
            : edit.Title.Trim().Length > 512 ? "The title is longer than 512 characters."
            : edit.Category?.Trim().Length > 512 ? "The category is longer than 512 characters."
            : edit.KeepSelectors?.Length > MaxSelectorsLength || edit.RemoveSelectors?.Length > MaxSelectorsLength
                ? $"Selectors are limited to {MaxSelectorsLength} characters per field."
            : SelectorCheck.Problem("Keep selectors", edit.KeepSelectors) ?? SelectorCheck.Problem("Remove selectors", edit.RemoveSelectors);
        if (problem is not null)
        {
            return SourceChange.Refused(problem);
        }

        var source = await FindAsync(idOrUrl, ct);
        if (source is null)
        {
            return SourceChange.Missing(idOrUrl);
        }

        source.Apply(edit);
        await db.SaveChangesAsync(ct);
        return SourceChange.Done(source);
    }

    /// <summary>Removes the subscription; its articles stay (they lose the link to it).</summary>
    public async Task<SourceChange> RemoveAsync(string idOrUrl, CancellationToken ct)
    {
        var source = await FindAsync(idOrUrl, ct);
        if (source is null)
        {
            return SourceChange.Missing(idOrUrl);
        }

        db.Sources.Remove(source);
        await db.SaveChangesAsync(ct);
        return SourceChange.Done(source);
    }

    /// <summary>Re-enables a source (after a fix at the publisher's end): clean error count, due now.</summary>
    public async Task<SourceChange> EnableAsync(string idOrUrl, CancellationToken ct)
    {
        var source = await FindAsync(idOrUrl, ct);
        if (source is null)
        {
            return SourceChange.Missing(idOrUrl);
        }

        SourceSchedule.Enable(source, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return SourceChange.Done(source);
    }

    /// <summary>Stops checking a source until it is enabled again, keeping the reason given (or the date).</summary>
    public async Task<SourceChange> DisableAsync(string idOrUrl, string? reason, CancellationToken ct)
    {
        var source = await FindAsync(idOrUrl, ct);
        if (source is null)
        {
            return SourceChange.Missing(idOrUrl);
        }

        var why = string.IsNullOrWhiteSpace(reason)
            ? "Disabled by hand on " + clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : reason.Trim();
        SourceSchedule.Disable(source, why.Length <= 1000 ? why : why[..1000]);
        await db.SaveChangesAsync(ct);
        return SourceChange.Done(source);
    }

    private IQueryable<SourceHealth> Health(IQueryable<Source> sources)
    {
        var now = clock.GetUtcNow();
        return sources.Select(s => new SourceHealth(
            s.Id, s.Title, s.Url, s.Kind, s.Category, s.Tags, s.LastSuccessAt, s.LastCheckedAt, s.LastError, s.ErrorCount,
            s.NextCheckAt, s.CheckIntervalMinutes, s.Disabled, s.DisabledReason)
        {
            ArticleCount = db.Articles.Count(a => a.SourceId == s.Id),
            CheckingBy = s.LeaseOwner != null && s.LeaseUntil > now ? s.LeaseOwner : null,
        });
    }

    private static IQueryable<Source> InState(IQueryable<Source> sources, SourceState state) => state switch
    {
        SourceState.Disabled => sources.Where(s => s.Disabled),
        SourceState.Failing => sources.Where(s => !s.Disabled && s.ErrorCount > 0),
        SourceState.New => sources.Where(s => !s.Disabled && s.ErrorCount == 0 && s.LastSuccessAt == null),
        _ => sources.Where(s => !s.Disabled && s.ErrorCount == 0 && s.LastSuccessAt != null),
    };
}

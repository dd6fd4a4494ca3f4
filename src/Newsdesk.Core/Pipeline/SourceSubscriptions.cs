using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>The editor's subscriptions: list them with their health, remove one, re-enable one.</summary>
public sealed class SourceSubscriptions(NewsdeskDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Title).ThenBy(s => s.Id).ToListAsync(ct);
        return sources.Select(s => new SourceHealth(
            s.Id, s.Title, s.Url, s.Kind, s.Category, s.Tags, s.LastSuccessAt, s.LastCheckedAt, s.LastError, s.ErrorCount,
            s.NextCheckAt, s.CheckIntervalMinutes, s.Disabled, s.DisabledReason)).ToList();
    }

    /// <summary>Finds a source by its id or its exact URL.</summary>
    public async Task<Source?> FindAsync(string idOrUrl, CancellationToken ct) =>
        long.TryParse(idOrUrl, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.FindByUrlAsync(idOrUrl.Trim(), ct);

    /// <summary>Removes the subscription; its articles stay (they lose the link to it).</summary>
    public async Task<SourceChange> RemoveAsync(string idOrUrl, CancellationToken ct)
    {
        var source = await FindAsync(idOrUrl, ct);
        if (source is null)
        {
            return SourceChange.Refused($"No source has the id or URL '{idOrUrl}'.");
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
            return SourceChange.Refused($"No source has the id or URL '{idOrUrl}'.");
        }

        SourceSchedule.Enable(source, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return SourceChange.Done(source);
    }
}

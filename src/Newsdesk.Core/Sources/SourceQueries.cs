using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Sources;

/// <summary>Queries over the sources table.</summary>
public static class SourceQueries
{
    /// <summary>Enabled, fetchable sources whose next check has come and that no worker is checking
    /// (<see cref="Pipeline.SourceLeases"/>), never-checked ones first.</summary>
    public static IQueryable<Source> Due(this IQueryable<Source> sources, DateTimeOffset now) =>
        sources
            .Where(s => !s.Disabled && s.Kind != SourceKind.Outlet && s.Url != null && (s.NextCheckAt == null || s.NextCheckAt <= now))
            .Where(s => s.LeaseUntil == null || s.LeaseUntil <= now)
            .OrderBy(s => s.NextCheckAt == null ? 0 : 1).ThenBy(s => s.NextCheckAt).ThenBy(s => s.Id);

    /// <summary>The source with this URL, compared exactly as stored.</summary>
    public static Task<Source?> FindByUrlAsync(this NewsdeskDb db, string url, CancellationToken ct) =>
        db.Sources.FirstOrDefaultAsync(s => s.Url == url, ct);
}

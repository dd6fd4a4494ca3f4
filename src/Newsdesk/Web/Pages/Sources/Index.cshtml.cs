using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Sources;

/// <summary>Sources and their fetch health (admins).</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
internal sealed class IndexModel(NewsdeskDb db) : PageModel
{
    public sealed record Row(
        long Id, SourceKind Kind, string Title, string? Url, string? Category, int ArticleCount, DateTimeOffset? LastSuccessAt,
        DateTimeOffset? NextCheckAt, int ErrorCount, string? LastError, bool Disabled, string? DisabledReason)
    {
        public string Health => Disabled ? "disabled" : ErrorCount > 0 ? "failing" : LastSuccessAt is null ? "new" : "ok";
    }

    public IReadOnlyList<Row> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sources = await db.Sources.AsNoTracking().OrderByDescending(s => s.ErrorCount).ThenBy(s => s.Title)
            .Select(s => new Row(s.Id, s.Kind, s.Title, s.Url, s.Category, db.Articles.Count(a => a.SourceId == s.Id),
                s.LastSuccessAt, s.NextCheckAt, s.ErrorCount, s.LastError, s.Disabled, s.DisabledReason))
            .ToListAsync(ct);
    }
}

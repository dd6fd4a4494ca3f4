using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Storage;

namespace Newsdesk.Web.Pages.Briefs;

internal sealed class IndexModel(NewsdeskDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(long Id, DateOnly Date, string Title, string Slug, int ItemCount, bool Published, DateTimeOffset UpdatedAt, int Version);

    public IReadOnlyList<Row> Briefs { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Briefs = await db.Briefs.AsNoTracking().OrderByDescending(b => b.Date).ThenByDescending(b => b.Id).Take(200)
            .Select(b => new Row(b.Id, b.Date, b.Title, b.Slug, b.Items.Count, b.Status == BriefStatus.Published, b.UpdatedAt, b.Version))
            .ToListAsync(ct);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Storage;

namespace Newsdesk.Web.Pages.Archive;

[AllowAnonymous]
internal sealed class IndexModel(NewsdeskDb db, IOptions<NewsroomOptions> options) : PageModel
{
    private const int PageSize = 30;

    public sealed record Row(string Slug, DateOnly Date, string Title, int ItemCount, string? FirstHeadline);

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Briefs { get; private set; } = [];

    public bool HasMore { get; private set; }

    public string SiteTitle => options.Value.SiteTitle;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var rows = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.Date).ThenByDescending(b => b.PublishedAt).ThenByDescending(b => b.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(b => new Row(b.Slug, b.Date, b.Title, b.Items.Count,
                b.Items.OrderBy(i => i.Position).Select(i => i.Headline ?? i.Article!.Title).FirstOrDefault()))
            .ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        Briefs = rows.Take(PageSize).ToList();
    }
}

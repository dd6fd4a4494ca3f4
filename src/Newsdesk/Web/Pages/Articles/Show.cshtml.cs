using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Storage;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Articles;

internal sealed class ShowModel(NewsdeskDb db, TimeProvider clock) : PageModel
{
    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        if (User.CanEdit() && article.ReadAt is null)
        {
            var now = clock.GetUtcNow();
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadAt, now), ct);
        }

        return Page();
    }
}

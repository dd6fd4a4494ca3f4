using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Storage;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Articles;

/// <summary>An article the page links to for provenance: what it copies, or what copies it.</summary>
internal sealed record RelatedArticle(long Id, string Title, string? Outlet, DateTimeOffset Time, CopyKind CopyKind, double? VerbatimShare);

internal sealed class ShowModel(NewsdeskDb db, TimeProvider clock) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>The article this one copies, when the copy finder traced it.</summary>
    public RelatedArticle? Original { get; private set; }

    /// <summary>The stored copies of this article, in order of publication.</summary>
    public IReadOnlyList<RelatedArticle> Copies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        var related = db.Articles.AsNoTracking()
            .Where(a => a.Id == article.CopyOfId || a.CopyOfId == id)
            .Select(a => new { a.Id, a.Title, a.Outlet, Time = a.PublishedAt ?? a.RetrievedAt, a.CopyKind, a.VerbatimShare, a.CopyOfId });
        var rows = (await related.ToListAsync(ct)).OrderBy(r => r.Time).ThenBy(r => r.Id)
            .Select(r => (r.CopyOfId, Article: new RelatedArticle(r.Id, r.Title, r.Outlet, r.Time, r.CopyKind, r.VerbatimShare))).ToList();
        Original = rows.FirstOrDefault(r => r.Article.Id == article.CopyOfId).Article;
        Copies = rows.Where(r => r.CopyOfId == id).Select(r => r.Article).ToList();
        if (User.CanEdit() && article.ReadAt is null)
        {
            var now = clock.GetUtcNow();
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadAt, now), ct);
        }

        return Page();
    }
}

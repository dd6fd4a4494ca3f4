using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Stories;

/// <summary>
/// The editor's corrections to story clustering, posted from the story page: move an article (with
/// its copies) out into a story of its own or into another story, or fold the whole story into
/// another (or undo that), or confirm a join the page asked to check. The same use cases as the API and
/// `newsdesk stories merge|unmerge|move|confirm`.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class CorrectModel : PageModel
{
    public IActionResult OnGet(long id) => Redirect($"/stories/{id}");

    public async Task<IActionResult> OnPostMoveAsync(long id, long articleId, long? into, [FromServices] MoveArticle move, CancellationToken ct)
    {
        var outcome = await move.MoveAsync(articleId, into, User.Editor(), ct);
        TempData["Flash"] = outcome.Moved
            ? into is null ? $"Moved to a story of its own (story {outcome.StoryId})." : $"Moved to story {into}."
            : "Not moved: " + outcome.Reason + ".";
        return Redirect($"/stories/{id}");
    }

    /// <summary>
    /// The story history's undo of a move: the article (and its copies) come back here; when they are all
    /// of the story they went to, that story is merged back instead.
    /// </summary>
    public async Task<IActionResult> OnPostMoveBackAsync(long id, long articleId, [FromServices] MoveArticle move, [FromServices] MergeStories merge, CancellationToken ct)
    {
        var outcome = await move.MoveAsync(articleId, id, User.Editor(), ct);
        if (outcome is { Moved: false, WholeStory: true, StoryId: { } alone })
        {
            var merged = await merge.MergeAsync(alone, id, User.Editor(), ct);
            TempData["Flash"] = merged.Merged ? $"Moved back: story {alone} merged into this one." : "Not moved back: " + merged.Reason + ".";
        }
        else
        {
            TempData["Flash"] = outcome.Moved ? "Moved back to this story." : "Not moved back: " + outcome.Reason + ".";
        }

        return Redirect($"/stories/{id}");
    }

    public async Task<IActionResult> OnPostConfirmAsync(long id, long articleId, [FromServices] ConfirmJoin confirm, CancellationToken ct)
    {
        var outcome = await confirm.ConfirmAsync(articleId, User.Editor(), ct);
        TempData["Flash"] = outcome.Confirmed ? "Kept in this story." : "Not confirmed: " + outcome.Reason + ".";
        return Redirect($"/stories/{id}");
    }

    /// <summary>
    /// The story history's undo of a merge, posted from the page of the story it went into (<paramref name="id"/>):
    /// story <paramref name="story"/> is a story again, with the articles the merge moved.
    /// </summary>
    public async Task<IActionResult> OnPostUnmergeAsync(long id, long story, [FromServices] UnmergeStory unmerge, CancellationToken ct)
    {
        var outcome = await unmerge.UnmergeAsync(story, User.Editor(), ct);
        TempData["Flash"] = outcome.Unmerged
            ? $"Story {story} taken back out of this one: {outcome.Articles} article{(outcome.Articles == 1 ? "" : "s")} went back to it."
            : "Not taken back out: " + outcome.Reason + ".";
        return Redirect($"/stories/{id}");
    }

    public async Task<IActionResult> OnPostMergeAsync(long id, long into, [FromServices] MergeStories merge, CancellationToken ct)
    {
        var outcome = await merge.MergeAsync(id, into, User.Editor(), ct);
        if (!outcome.Merged)
        {
            TempData["Flash"] = "Not merged: " + outcome.Reason + ".";
            return Redirect($"/stories/{id}");
        }

        TempData["Flash"] = $"Story {id} merged into this one.";
        return Redirect($"/stories/{into}");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Web.Auth;
using Newsdesk.Web.Newsroom;

namespace Newsdesk.Web.Pages.Stories;

/// <summary>
/// A story: its coverage in time order, quotes, figures, entities. Editors get the forms that correct
/// the clustering (<see cref="CorrectModel"/>).
/// </summary>
internal sealed class ShowModel(NewsdeskDb db, StoryTracker tracker, TimeProvider clock) : PageModel
{
    public StoryDetails Details { get; private set; } = null!;

    /// <summary>The story's latest changes after the clusterer placed its articles (moves, splits, merges, confirmations).</summary>
    public List<StoryChange> History { get; private set; } = [];

    public double JoinThreshold => tracker.Clusterer.Options.JoinThreshold;

    public double WeakJoinScore => tracker.Clusterer.Options.WeakJoinScore;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var details = await StoryDetails.LoadAsync(db, id, tracker.Clusterer.Options.WeakJoinScore, ct);
        if (details is null)
        {
            return NotFound();
        }

        if (details.Story.MergedIntoId is { } merged)
        {
            // An absorbed story's links lead to the story that took its articles.
            return Redirect($"/stories/{merged}");
        }

        Details = details;
        History = await db.HistoryAsync(id, 20, ct);
        // Read state is the desk's, not each person's: only editors' reading clears it.
        if (User.CanEdit())
        {
            var now = clock.GetUtcNow();
            await db.Articles.Where(a => a.StoryId == id && a.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadAt, now), ct);
        }

        return Page();
    }
}

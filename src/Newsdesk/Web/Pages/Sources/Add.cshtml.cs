using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Sources;

/// <summary>
/// Follow a feed (admins) in two steps: the URL given is read (a feed, or a page whose feeds are
/// listed), then the admin picks the feed and how to file it.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
internal sealed class AddModel(SourceSubscriber subscriber) : PageModel
{
    [BindProperty]
    public string Address { get; set; } = "";

    /// <summary>The feed chosen among <see cref="Search"/>'s.</summary>
    [BindProperty]
    public string? FeedUrl { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Tags { get; set; }

    public FeedSearch? Search { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Address))
        {
            return Refuse("Give the address of a feed or of a site's page.");
        }

        Search = await subscriber.FindFeedsAsync(Address, ct);
        if (Search.Problem is not null)
        {
            return Refuse(Search.Problem);
        }

        FeedUrl = Search.Feeds.FirstOrDefault(f => f.FollowedAs is null)?.Url.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var url = string.IsNullOrWhiteSpace(FeedUrl) ? Address : FeedUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            return Refuse("Choose a feed to follow.");
        }

        var change = await subscriber.AddAsync(new NewSource(url) { Title = Title, Category = Category, Tags = SourceEdit.ParseTags(Tags) }, ct);
        if (!change.Succeeded)
        {
            return Refuse(change.Problem!);
        }

        var source = change.Source!;
        TempData["Flash"] = $"Now following {source.Title} ({source.Url}). It is checked at the next refresh, or now with “Check now”.";
        return Redirect($"/sources#source-{source.Id}");
    }

    private PageResult Refuse(string problem)
    {
        Error = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Sources;

/// <summary>Sources and their fetch health: editors read it; admins also get the actions (posted to the Edit page).</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class IndexModel(SourceSubscriptions subscriptions, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    /// <summary>"new", "ok", "failing" or "disabled"; empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? StateFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    /// <summary>1-based page ("p": Razor Pages keeps "page" for itself).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SourceList List { get; private set; } = new([], 0, new Dictionary<SourceState, int>());

    public SourceState? State { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public int PageCount => Math.Max(1, (List.Matching + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(StateFilter))
        {
            if (!Enum.TryParse<SourceState>(StateFilter, ignoreCase: true, out var state) || !Enum.IsDefined(state) || int.TryParse(StateFilter, out _))
            {
                return BadRequest("state is new, ok, failing or disabled.");
            }

            State = state;
        }

        Now = clock.GetUtcNow();
        PageNumber = Math.Max(PageNumber, 1);
        List = await subscriptions.ListAsync(new SourceListQuery { State = State, Text = Text, Page = PageNumber, PageSize = PageSize }, ct);
        return Page();
    }

    /// <summary>This list's address with one query value changed (others kept).</summary>
    public string Link(string? state = "", int page = 1)
    {
        var query = new List<string>();
        var s = state == "" ? StateFilter : state;
        if (!string.IsNullOrEmpty(s))
        {
            query.Add("state=" + Uri.EscapeDataString(s));
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            query.Add("q=" + Uri.EscapeDataString(Text));
        }

        if (page > 1)
        {
            query.Add("p=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/sources" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Web.Newsroom;

namespace Newsdesk.Web.Pages.Inbox;

internal sealed class IndexModel(NewsdeskDb db, StoryTracker tracker, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "beat")]
    public string? Beat { get; set; }

    [BindProperty(SupportsGet = true, Name = "source")]
    public long? SourceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "outlet")]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "read")]
    public string? Read { get; set; }

    [BindProperty(SupportsGet = true, Name = "order")]
    public string? Order { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public InboxFilter Filter { get; private set; } = new();

    public InboxPage Inbox { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Filter = new InboxFilter
        {
            Beat = string.IsNullOrWhiteSpace(Beat) ? null : Beat,
            SourceId = SourceId,
            Outlet = string.IsNullOrWhiteSpace(Outlet) ? null : Outlet,
            From = From,
            To = To,
            Read = Read?.ToLowerInvariant() switch { "unread" => ReadFilter.Unread, "read" => ReadFilter.Read, _ => ReadFilter.All },
            Order = string.Equals(Order, "newest", StringComparison.OrdinalIgnoreCase) ? InboxOrder.Newest : InboxOrder.Rank,
            Page = Math.Max(1, PageNumber),
        };
        var draft = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Draft)
            .OrderByDescending(b => b.UpdatedAt).ThenByDescending(b => b.Id).Select(b => (long?)b.Id).FirstOrDefaultAsync(ct);
        Inbox = await db.LoadAsync(Filter, draft, tracker.Clusterer.Options.WeakJoinScore, ct);
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => q.Value.ToString());
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return "/?" + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
    }
}

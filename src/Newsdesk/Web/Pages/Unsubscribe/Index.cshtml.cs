using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Web.Pages.Unsubscribe;

/// <summary>
/// A reader's unsubscribe link (the address in every emailed brief and its List-Unsubscribe
/// header). GET only asks, so a link scanner that follows the link unsubscribes nobody; the
/// reader's POST confirms.
/// </summary>
[AllowAnonymous]
// The page checks the antiforgery token itself, in OnPostAsync: the one exception is the RFC 8058
// one-click POST a mail client sends from the List-Unsubscribe header, which has no page to take a
// token from. That exception is narrow: only the exact body "List-Unsubscribe=One-Click" skips the
// check, and it can do nothing but unsubscribe the reader whose secret token is in the URL, which
// is all the link itself allows.
[IgnoreAntiforgeryToken]
internal sealed class IndexModel(MailingList list, IAntiforgery antiforgery) : PageModel
{
    public Subscriber? Subscriber { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Subscriber = await list.FindByTokenAsync(token, ct);
        return Subscriber is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!IsOneClick() && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        var change = await list.UnsubscribeByTokenAsync(token, ct);
        if (change.Outcome == SubscriberOutcome.NotFound)
        {
            return NotFound();
        }

        if (IsOneClick())
        {
            return new ContentResult { Content = change.Message, ContentType = "text/plain; charset=utf-8", StatusCode = StatusCodes.Status200OK };
        }

        Subscriber = change.Subscriber;
        Done = true;
        return Page();
    }

    private bool IsOneClick() =>
        Request.HasFormContentType
        && Request.Form.Count == 1
        && Request.Form.TryGetValue("List-Unsubscribe", out var value)
        && value == "One-Click";
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Web.Api;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Briefs;

/// <summary>
/// The composer. Without JavaScript every button posts the whole form (so moving or removing an
/// item also saves the text); with it, composer.js reorders in place and autosaves through
/// the Autosave handler. Both send the version the editor started from.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class EditModel(NewsdeskDb db, BriefEditor editor, BriefMailer mailer, MailingList mailingList, MailingRuns runs) : PageModel
{
    public sealed class ItemInput
    {
        public long ItemId { get; set; }

        public string? Headline { get; set; }

        public string? Commentary { get; set; }

        public ExcerptMode ExcerptMode { get; set; }
    }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string? Intro { get; set; }

    [BindProperty]
    public List<ItemInput> Items { get; set; } = [];

    [BindProperty]
    public List<long> QuoteIds { get; set; } = [];

    /// <summary>The button pressed: save, publish, up:ID, down:ID, remove:ID.</summary>
    [BindProperty]
    public string? Op { get; set; }

    public BriefView Brief { get; private set; } = null!;

    public IReadOnlyList<Quote> QuoteChoices { get; private set; } = [];

    public string? Conflict { get; private set; }

    public string? Error { get; private set; }

    /// <summary>
    /// The version readers have of a published brief (its edition): saves after it wait in the composer
    /// until "Update published brief".
    /// </summary>
    public int? PublishedVersion { get; private set; }

    /// <summary>Active subscribers, and those a send would reach now (the rest have this brief already).</summary>
    public (int Active, int Pending) Mailing { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Version = Brief.Version;
        Title = Brief.Title;
        Intro = Brief.Intro;
        Items = Brief.Items.Select(i => new ItemInput { ItemId = i.ItemId, Headline = i.Headline == OriginalHeadline(i) ? null : i.Headline, Commentary = i.Commentary, ExcerptMode = i.ExcerptMode }).ToList();
        QuoteIds = Brief.Quotes.Select(q => q.QuoteId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        ApplyOperation();
        var change = await editor.SaveAsync(ToEdit(id), ct);
        if (change.Succeeded && Op == "publish")
        {
            change = await editor.PublishAsync(id, change.Version, ct);
            if (change.Succeeded)
            {
                var slug = await db.Briefs.Where(b => b.Id == id).Select(b => b.Slug).FirstAsync(ct);
                TempData["Flash"] = "Published. This is its permanent address.";
                return Redirect("/archive/" + Uri.EscapeDataString(slug));
            }
        }

        if (change.Succeeded)
        {
            TempData["Flash"] = Op is "save" or null ? "Draft saved." : "Saved.";
            return Redirect($"/briefs/{id}/edit");
        }

        if (change.Status == BriefChangeStatus.NotFound)
        {
            return NotFound();
        }

        // Keep everything the editor typed on the page: nothing is lost, nothing overwritten.
        await LoadAsync(id, ct);
        Response.StatusCode = change.Status == BriefChangeStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        if (change.Status == BriefChangeStatus.Conflict)
        {
            Conflict = change.Message;
        }
        else
        {
            Error = change.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAutosaveAsync(long id, CancellationToken ct)
    {
        var change = await editor.SaveAsync(ToEdit(id), ct);
        var status = change.Status switch
        {
            BriefChangeStatus.Saved => 200,
            BriefChangeStatus.Conflict => 409,
            BriefChangeStatus.NotFound => 404,
            _ => 400,
        };
        return new JsonResult(new
        {
            status = change.Status.ToString(),
            version = change.Version,
            savedAt = change.UpdatedAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            message = change.Message,
        }) { StatusCode = status };
    }

    /// <summary>Starts sending the published brief, in the background, to each active subscriber it has not reached.</summary>
    public async Task<IActionResult> OnPostSendAsync(long id, [FromServices] MailingRuns runs, [FromServices] IOptions<NewsroomOptions> newsroom, CancellationToken ct)
    {
        var (refusal, started) = await runs.BeginAsync(id, FeedsEndpoints.Channel(HttpContext, newsroom.Value).BaseUrl, ct);
        if (refusal?.Status == MailingStatus.NotFound)
        {
            return NotFound();
        }

        TempData["Flash"] = refusal is not null ? "Not sent: " + refusal.Problem
            : started ? "Sending by email in the background; the line above the preview shows how far it got."
            : "This brief is being sent already.";
        return Redirect($"/briefs/{id}/edit");
    }

    /// <summary>The send's progress as JSON, for the composer's status line.</summary>
    public async Task<IActionResult> OnGetSendStatusAsync(long id, [FromServices] MailingRuns runs, CancellationToken ct) =>
        new JsonResult(await SendProgress.OfAsync(id, runs, mailer, ct));

    /// <summary>The composer's line about the send: running, or what the last run here did.</summary>
    public static string SendLine(SendProgress p) =>
        p.Running ? $"Sending by email: {p.Sent} sent, {p.Failed} failed, {p.Pending} to go…"
        : p.Last is { } last ? $"Email: sent {last.Sent}, already sent {last.AlreadySent}, failed {last.Failed}" + (last.Cancelled ? " (stopped before the end)" : "") + (last.StoppedBecause is { } why ? $" (stopped: {why})" : "")
            + string.Concat(last.Failures.Select(f => $"; {f.Email}: {f.Error}"))
        : "";

    public SendProgress? Sending { get; private set; }

    public string OriginalHeadline(BriefItemView item) => ArticleTitles.GetValueOrDefault(item.ItemId) ?? item.Headline;

    public Dictionary<long, string> ArticleTitles { get; private set; } = [];

    private void ApplyOperation()
    {
        var parts = (Op ?? "save").Split(':', 2);
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var itemId))
        {
            return;
        }

        var index = Items.FindIndex(i => i.ItemId == itemId);
        if (index < 0)
        {
            return;
        }

        var item = Items[index];
        switch (parts[0])
        {
            case "remove":
                Items.RemoveAt(index);
                break;
            case "up" when index > 0:
                Items.RemoveAt(index);
                Items.Insert(index - 1, item);
                break;
            case "down" when index < Items.Count - 1:
                Items.RemoveAt(index);
                Items.Insert(index + 1, item);
                break;
        }
    }

    private BriefEdit ToEdit(long id) => new(
        id, Version, Title ?? "", Intro,
        Items.Select(i => new BriefItemEdit(i.ItemId, i.Headline, i.Commentary, i.ExcerptMode)).ToList(),
        QuoteIds.Distinct().ToList());

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var brief = await db.LoadBriefViewAsync(id, ct);
        if (brief is null)
        {
            return false;
        }

        Brief = brief;
        if (brief.Status == BriefStatus.Published)
        {
            Sending = await SendProgress.OfAsync(id, runs, mailer, ct);
            Mailing = (await mailingList.ActiveCountAsync(ct), Sending.Pending);
            PublishedVersion = await db.EditionVersionAsync(id, ct);
        }

        var articleIds = brief.Items.Where(i => i.ArticleId != null).Select(i => i.ArticleId!.Value).ToList();
        var storyIds = brief.Items.Where(i => i.StoryId != null).Select(i => i.StoryId!.Value).ToList();
        ArticleTitles = (await db.BriefItems.AsNoTracking().Where(i => i.BriefId == id && i.Article != null)
            .Select(i => new { i.Id, i.Article!.Title }).ToListAsync(ct)).ToDictionary(i => i.Id, i => i.Title);
        var chosen = brief.Quotes.Select(q => q.QuoteId).ToList();
        QuoteChoices = await db.Quotes.AsNoTracking()
            .Where(q => chosen.Contains(q.Id)
                || (q.ArticleId != null && (articleIds.Contains(q.ArticleId.Value) || storyIds.Contains(q.Article!.StoryId ?? -1)))
                || q.Kind == QuoteKind.Curated)
            .OrderByDescending(q => q.Kind == QuoteKind.Curated).ThenByDescending(q => q.CreatedAt).Take(60)
            .ToListAsync(ct);
        QuoteChoices = QuoteChoices.OrderBy(q => chosen.Contains(q.Id) ? chosen.IndexOf(q.Id) : int.MaxValue)
            .DistinctBy(q => QuoteText.Normalize(q.Text)).ToList();
        return true;
    }
}

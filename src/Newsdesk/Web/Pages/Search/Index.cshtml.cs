using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Search;

namespace Newsdesk.Web.Pages.Search;

internal sealed class IndexModel(ArticleSearch search) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "outlet")]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "order")]
    public string? Order { get; set; }

    /// <summary>Every copy as its own result (see <see cref="SearchQuery.Copies"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "copies")]
    public bool Copies { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchQuery? Query { get; private set; }

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Entity))
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        var parsed = SearchQuery.Parse(Q ?? "");
        Query = parsed with
        {
            Outlet = string.IsNullOrWhiteSpace(Outlet) ? parsed.Outlet : Outlet.Trim(),
            Entity = string.IsNullOrWhiteSpace(Entity) ? parsed.Entity : Entity.Trim(),
            From = From ?? parsed.From,
            To = To ?? parsed.To,
            Order = string.Equals(Order, "newest", StringComparison.OrdinalIgnoreCase) ? SearchOrder.Newest : SearchOrder.Relevance,
            Copies = Copies,
            Limit = PageSize,
            Offset = (PageNumber - 1) * PageSize,
        };
        Results = await search.SearchAsync(Query, ct);
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => q.Value.ToString());
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return "/search?" + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
    }
}

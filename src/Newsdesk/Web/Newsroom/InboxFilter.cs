namespace Newsdesk.Web.Newsroom;

/// <summary>Which stories the inbox shows.</summary>
internal enum ReadFilter
{
    All = 0,
    Unread = 1,
    Read = 2,
}

/// <summary>How the inbox is ordered.</summary>
internal enum InboxOrder
{
    Rank = 0,
    Newest = 1,
}

/// <summary>
/// The inbox filters: beat (a source category, "Korea" matches "Korea/Defense"), source, outlet,
/// date range (UTC days of the story's last update), read state, order and page.
/// </summary>
internal sealed record InboxFilter
{
    public string? Beat { get; init; }

    public long? SourceId { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public ReadFilter Read { get; init; }

    public InboxOrder Order { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

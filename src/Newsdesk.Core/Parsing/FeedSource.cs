namespace Newsdesk.Core.Parsing;

/// <summary>The feed an entry was copied from (Atom source, RSS source), as the entry states it.</summary>
public sealed class FeedSource : FeedHeader
{
    /// <summary>The URL of the original feed (RSS source url attribute, Atom source's self link).</summary>
    public string? Url { get; internal set; }
}

namespace Newsdesk.Core.Stories;

/// <summary>
/// The day a brief covers, [<paramref name="From"/>, <paramref name="To"/>): a story item told as of that
/// day leaves out what was published after it, and names as "also reported by" only the outlets that
/// reported it that day.
/// </summary>
public readonly record struct StoryDay(DateTimeOffset From, DateTimeOffset To);

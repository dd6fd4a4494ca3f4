namespace Newsdesk.Core.Pipeline;

/// <summary>A source queued for the <see cref="RefreshPool"/>, with the host its feed is fetched from ("" when not known).</summary>
public readonly record struct QueuedSource(long Id, string Host);

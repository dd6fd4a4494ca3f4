namespace Newsdesk.Core.Importing;

/// <summary>A compiled newsletter split into its quotes of the day and its items, in contents order.</summary>
public sealed record Digest(IReadOnlyList<CuratedQuote> Quotes, IReadOnlyList<DigestItem> Items, DateTimeOffset? Date);

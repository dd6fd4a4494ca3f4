namespace Newsdesk.Core.Stories;

/// <summary>What story clustering reads of an article: its title, plain text and time (published, else retrieved).</summary>
public sealed record StoryDocument(string Title, string Text, DateTimeOffset? Time);

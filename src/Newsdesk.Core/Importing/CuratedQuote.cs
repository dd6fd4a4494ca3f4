namespace Newsdesk.Core.Importing;

/// <summary>A quote a curator picked ("quotes of the day"), with its speaker as the digest gives it.</summary>
public sealed record CuratedQuote(string Text, string? Speaker, string? SpeakerRole);

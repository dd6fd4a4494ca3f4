namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>One quote of the day.</summary>
public sealed record BriefQuoteView(string Text, string? Speaker, string? SpeakerRole);

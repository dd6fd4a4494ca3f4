namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>One quote of the day, with who said it and where it was reported.</summary>
public sealed record BriefQuoteView(string Text, string? Speaker, string? SpeakerRole)
{
    public long QuoteId { get; init; }

    public string? Outlet { get; init; }
}

namespace Newsdesk.Core.Parsing;

/// <summary>Channel-level metadata shared by a feed and by the copy of its header an entry may carry (Atom source).</summary>
public abstract class FeedHeader : FeedMetadata
{
    /// <summary>The feed's description, tagline or subtitle.</summary>
    public FeedText? Subtitle { get; internal set; }

    public FeedGenerator? Generator { get; internal set; }

    /// <summary>Small square image (Atom icon, JSON Feed favicon).</summary>
    public string? Icon { get; internal set; }

    /// <summary>Larger banner image (Atom logo).</summary>
    public string? Logo { get; internal set; }
}

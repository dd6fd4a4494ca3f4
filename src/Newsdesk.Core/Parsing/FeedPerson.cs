namespace Newsdesk.Core.Parsing;

/// <summary>An author, contributor or publisher; any part may be missing.</summary>
public sealed record FeedPerson(string? Name, string? Email = null, string? Uri = null)
{
    /// <summary>"Name (email)", the way RSS writes a person, or whichever part exists.</summary>
    public string? Display => (Name, Email) switch
    {
        (not null, not null) => $"{Name} ({Email})",
        (not null, null) => Name,
        (null, not null) => Email,
        _ => Uri,
    };
}

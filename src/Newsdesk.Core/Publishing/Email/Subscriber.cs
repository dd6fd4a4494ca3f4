namespace Newsdesk.Core.Publishing.Email;

public enum SubscriberStatus
{
    Active = 0,
    Unsubscribed = 1,
}

/// <summary>A reader who receives published briefs by email, until they unsubscribe.</summary>
public sealed class Subscriber
{
    public long Id { get; set; }

    /// <summary>The address as given, trimmed.</summary>
    public string Email { get; set; } = "";

    /// <summary>
    /// <see cref="Email"/> lower-cased; unique. Addresses are compared case-insensitively (as every
    /// real mail host does) while the address keeps the case it was given in.
    /// </summary>
    public string NormalizedEmail { get; set; } = "";

    public string? Name { get; set; }

    public SubscriberStatus Status { get; set; }

    /// <summary>32 random bytes, base64url; unique. The secret in the reader's unsubscribe link.</summary>
    public string UnsubscribeToken { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }
}

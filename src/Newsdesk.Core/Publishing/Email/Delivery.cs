namespace Newsdesk.Core.Publishing.Email;

public enum DeliveryStatus
{
    Sent = 1,
    Failed = 2,

    /// <summary>
    /// Claimed by a send that is mailing it now: another send of the brief (a second editor, a scheduled
    /// job) leaves it alone, unless the claim is older than <see cref="BriefMailer.ClaimTimeout"/> (the
    /// send that made it died).
    /// </summary>
    Sending = 3,
}

/// <summary>
/// One brief mailed to one subscriber: being sent, sent, or failed with the server's answer. There is at
/// most one per brief and subscriber, so sending a brief again skips those it reached and retries the
/// rest, and two sends at once never mail one subscriber twice.
/// </summary>
public sealed class Delivery
{
    public long Id { get; set; }

    public long BriefId { get; set; }

    public long SubscriberId { get; set; }

    public Subscriber? Subscriber { get; set; }

    public DeliveryStatus Status { get; set; }

    /// <summary>Attempts made over every send of this brief to this subscriber.</summary>
    public int Attempts { get; set; }

    /// <summary>The last failure (the SMTP server's reply, or why the connection failed); null once sent.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset LastAttemptAt { get; set; }

    /// <summary>The Message-ID of the message last handed to the server.</summary>
    public string? MessageId { get; set; }
}

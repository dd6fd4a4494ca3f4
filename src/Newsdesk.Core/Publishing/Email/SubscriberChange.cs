namespace Newsdesk.Core.Publishing.Email;

/// <summary>What a change to the mailing list did.</summary>
public enum SubscriberOutcome
{
    Added,

    /// <summary>An unsubscribed address was subscribed again.</summary>
    Reactivated,

    AlreadySubscribed,
    Unsubscribed,
    AlreadyUnsubscribed,
    NotFound,
    Invalid,
}

/// <summary>The outcome of a change to the mailing list: the subscriber touched, or why nothing was done.</summary>
public sealed record SubscriberChange(SubscriberOutcome Outcome, Subscriber? Subscriber, string? Problem = null)
{
    /// <summary>False only when the request was refused (a bad address, an unknown one).</summary>
    public bool Succeeded => Problem is null;

    /// <summary>A line for the person who asked.</summary>
    public string Message => Problem ?? Outcome switch
    {
        SubscriberOutcome.Added => $"Subscribed {Subscriber!.Email}.",
        SubscriberOutcome.Reactivated => $"Subscribed {Subscriber!.Email} again.",
        SubscriberOutcome.AlreadySubscribed => $"{Subscriber!.Email} is already subscribed.",
        SubscriberOutcome.Unsubscribed => $"Unsubscribed {Subscriber!.Email}.",
        _ => $"{Subscriber!.Email} is already unsubscribed.",
    };

    public static SubscriberChange Invalid(string problem) => new(SubscriberOutcome.Invalid, null, problem);

    public static SubscriberChange Missing(string address) => new(SubscriberOutcome.NotFound, null, $"No subscriber has the address '{address}'.");
}

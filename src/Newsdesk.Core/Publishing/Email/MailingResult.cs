namespace Newsdesk.Core.Publishing.Email;

public enum MailingStatus
{
    /// <summary>Every active subscriber was tried (or the run was cancelled between messages).</summary>
    Done,
    NotFound,

    /// <summary>Nothing was sent: a draft, or the SMTP settings are incomplete (<see cref="MailingResult.Problem"/>).</summary>
    Refused,
}

/// <summary>One subscriber's outcome in a send.</summary>
public sealed record DeliveryReport(string Email, DeliveryStatus Status, int Attempts, string? Error);

/// <summary>
/// What a send did: how many messages went out, how many subscribers had the brief already, and
/// each failure with the server's reason.
/// </summary>
public sealed record MailingResult(MailingStatus Status, string? Problem, int Sent, int AlreadySent, IReadOnlyList<DeliveryReport> Failures)
{
    /// <summary>The run stopped early on request; what was sent before is recorded.</summary>
    public bool Cancelled { get; init; }

    /// <summary>Why the run stopped before the end on its own (the server failing message after message), or null.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>Subscribers another send of the same brief was mailing at the time, left to it.</summary>
    public int Elsewhere { get; init; }

    public int Failed => Failures.Count;

    public string SummaryLine => $"sent {Sent}, already sent {AlreadySent}, failed {Failed}"
        + (Elsewhere > 0 ? $", {Elsewhere} left to another send in progress" : "") + (Cancelled ? " (stopped before the end)" : "")
        + (StoppedBecause is { } why ? $" (stopped: {why})" : "");

    public static MailingResult Refused(string problem) => new(MailingStatus.Refused, problem, 0, 0, []);

    public static MailingResult NotFound(string what) => new(MailingStatus.NotFound, what + " does not exist.", 0, 0, []);
}

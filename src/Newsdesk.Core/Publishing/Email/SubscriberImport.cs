namespace Newsdesk.Core.Publishing.Email;

/// <summary>What an import of subscribers did; <see cref="Problems"/> names each row left out by its line.</summary>
public sealed record SubscriberImport(int Added, int Unchanged, int LeftUnsubscribed, IReadOnlyList<string> Problems)
{
    public string SummaryLine =>
        $"added {Added}, already subscribed {Unchanged}, unsubscribed (left alone) {LeftUnsubscribed}, failed {Problems.Count}";
}

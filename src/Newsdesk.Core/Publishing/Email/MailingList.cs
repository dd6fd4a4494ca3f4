using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Publishing.Email;

/// <summary>The subscribers of the emailed brief: add, unsubscribe (by address or by a reader's token), list, import.</summary>
public sealed class MailingList(NewsdeskDb db, TimeProvider clock)
{
    /// <summary>The longest address SMTP can carry (RFC 5321 forward-path).</summary>
    public const int MaxAddressLength = 254;

    /// <summary>
    /// Subscribes an address. An address already on the list is not added twice; an address that
    /// unsubscribed is subscribed again (the caller is asking for it by name).
    /// </summary>
    public async Task<SubscriberChange> AddAsync(string email, string? name, CancellationToken ct)
    {
        var (address, problem) = Parse(email);
        if (problem is not null)
        {
            return SubscriberChange.Invalid(problem);
        }

        var key = Normalize(address!);
        var existing = await db.Subscribers.FirstOrDefaultAsync(s => s.NormalizedEmail == key, ct);
        if (existing is { Status: SubscriberStatus.Active })
        {
            return new SubscriberChange(SubscriberOutcome.AlreadySubscribed, existing);
        }

        if (existing is not null)
        {
            existing.Status = SubscriberStatus.Active;
            existing.UnsubscribedAt = null;
            existing.Name = CleanName(name) ?? existing.Name;
            await db.SaveChangesAsync(ct);
            return new SubscriberChange(SubscriberOutcome.Reactivated, existing);
        }

        var subscriber = New(address!, name);
        db.Subscribers.Add(subscriber);
        await db.SaveChangesAsync(ct);
        return new SubscriberChange(SubscriberOutcome.Added, subscriber);
    }

    /// <summary>Unsubscribes an address (the row stays, with its deliveries, so a later send skips it).</summary>
    public async Task<SubscriberChange> RemoveAsync(string email, CancellationToken ct)
    {
        var key = Normalize(email);
        var subscriber = await db.Subscribers.FirstOrDefaultAsync(s => s.NormalizedEmail == key, ct);
        return subscriber is null ? SubscriberChange.Missing(email.Trim()) : await UnsubscribeAsync(subscriber, ct);
    }

    /// <summary>Unsubscribes the reader whose link carries <paramref name="token"/>; NotFound for an unknown token.</summary>
    public async Task<SubscriberChange> UnsubscribeByTokenAsync(string token, CancellationToken ct)
    {
        var subscriber = await FindByTokenAsync(token, ct);
        return subscriber is null
            ? new SubscriberChange(SubscriberOutcome.NotFound, null, "This unsubscribe link is not valid.")
            : await UnsubscribeAsync(subscriber, ct);
    }

    public Task<Subscriber?> FindByTokenAsync(string token, CancellationToken ct) =>
        string.IsNullOrEmpty(token) || token.Length > 64
            ? Task.FromResult<Subscriber?>(null)
            : db.Subscribers.FirstOrDefaultAsync(s => s.UnsubscribeToken == token, ct);

    /// <summary>Every subscriber, active or not, by address.</summary>
    public async Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken ct) =>
        await db.Subscribers.AsNoTracking().OrderBy(s => s.NormalizedEmail).ToListAsync(ct);

    public Task<int> ActiveCountAsync(CancellationToken ct) =>
        db.Subscribers.CountAsync(s => s.Status == SubscriberStatus.Active, ct);

    /// <summary>
    /// Imports a CSV with an <c>email</c> column and an optional <c>name</c> column. Bad rows are
    /// reported by line and the rest imported; addresses already listed are left as they are, and
    /// one that unsubscribed is not subscribed again by a bulk import (only an explicit add does that).
    /// </summary>
    public async Task<SubscriberImport> ImportCsvAsync(TextReader csvText, CancellationToken ct)
    {
        var options = new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true };
        using var csv = CsvReader.Create(csvText, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        if (!csv.TryGetFieldIndex("email", out var emailColumn))
        {
            return new SubscriberImport(0, 0, 0, ["line 1: the file needs a header row with an 'email' column (and optionally 'name')."]);
        }

        var nameColumn = csv.TryGetFieldIndex("name", out var n) ? n : -1;
        var known = await db.Subscribers.AsNoTracking().ToDictionaryAsync(s => s.NormalizedEmail, s => s.Status, ct);
        var problems = new List<string>();
        int added = 0, unchanged = 0, unsubscribed = 0;
        while (await csv.ReadAsync(ct))
        {
            var (address, problem) = Parse(csv.GetString(emailColumn));
            if (problem is not null)
            {
                problems.Add($"line {csv.LineNumber.ToString(CultureInfo.InvariantCulture)}: {problem}");
                continue;
            }

            var key = Normalize(address!);
            if (known.TryGetValue(key, out var status))
            {
                if (status == SubscriberStatus.Active)
                {
                    unchanged++;
                }
                else
                {
                    unsubscribed++;
                }

                continue;
            }

            db.Subscribers.Add(New(address!, nameColumn >= 0 ? csv.GetString(nameColumn) : null));
            known[key] = SubscriberStatus.Active;
            added++;
        }

        await db.SaveChangesAsync(ct);
        return new SubscriberImport(added, unchanged, unsubscribed, problems);
    }

    /// <summary>The address trimmed, or why it is not one (naming the input).</summary>
    public static (string? Address, string? Problem) Parse(string? input)
    {
        var trimmed = (input ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return (null, "An email address is required.");
        }

        // MailAddress also accepts display-name forms ("Ann <ann@example.org>"); a subscriber's
        // address is the bare address only, so the parsed address must be the whole input.
        if (trimmed.Length > MaxAddressLength || !MailAddress.TryCreate(trimmed, out var parsed)
            || !string.Equals(parsed.Address, trimmed, StringComparison.Ordinal) || parsed.Host.Length == 0)
        {
            return (null, $"'{trimmed}' is not an email address.");
        }

        return (trimmed, null);
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private async Task<SubscriberChange> UnsubscribeAsync(Subscriber subscriber, CancellationToken ct)
    {
        if (subscriber.Status == SubscriberStatus.Unsubscribed)
        {
            return new SubscriberChange(SubscriberOutcome.AlreadyUnsubscribed, subscriber);
        }

        subscriber.Status = SubscriberStatus.Unsubscribed;
        subscriber.UnsubscribedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new SubscriberChange(SubscriberOutcome.Unsubscribed, subscriber);
    }

    private Subscriber New(string address, string? name) => new()
    {
        Email = address,
        NormalizedEmail = Normalize(address),
        Name = CleanName(name),
        Status = SubscriberStatus.Active,
        UnsubscribeToken = NewToken(),
        CreatedAt = clock.GetUtcNow(),
    };

    private static string? CleanName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim()[..Math.Min(256, name.Trim().Length)];

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

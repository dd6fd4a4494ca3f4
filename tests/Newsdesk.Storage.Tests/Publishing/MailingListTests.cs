using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Publishing;

/// <summary>The mailing list's use cases on both providers: add, unsubscribe, import.</summary>
public sealed class MailingListTests
{
    private static async Task<T> WithListAsync<T>(MailingFixture fixture, Func<MailingList, Task<T>> action)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MailingList>());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Add_BadAddress_IsRefused_NamingTheInput(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);

        foreach (var bad in new[] { "not-an-address", "ann@", "Ann <ann@example.org>", "a b@example.org" })
        {
            var change = await fixture.AddAsync(bad);
            Assert.False(change.Succeeded);
            Assert.Equal($"'{bad}' is not an email address.", change.Problem);
        }

        Assert.Equal(0, await fixture.WithDbAsync(db => db.Subscribers.CountAsync()));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Add_TheSameAddressInAnyCase_IsNotDuplicated_AndAnUnsubscribedOneComesBack(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);

        var added = await fixture.AddAsync("  Ann.Lee@Example.org ", "Ann");
        var again = await fixture.AddAsync("ann.lee@example.ORG");

        Assert.Equal(SubscriberOutcome.Added, added.Outcome);
        Assert.Equal("Ann.Lee@Example.org", added.Subscriber!.Email);
        Assert.Equal(SubscriberOutcome.AlreadySubscribed, again.Outcome);
        Assert.Equal("Ann.Lee@Example.org is already subscribed.", again.Message);
        var token = added.Subscriber.UnsubscribeToken;
        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);

        var removed = await WithListAsync(fixture, l => l.UnsubscribeByTokenAsync(token, default));
        Assert.Equal(SubscriberOutcome.Unsubscribed, removed.Outcome);
        Assert.Equal(fixture.Clock.GetUtcNow(), removed.Subscriber!.UnsubscribedAt);
        Assert.Equal(SubscriberOutcome.AlreadyUnsubscribed, (await WithListAsync(fixture, l => l.RemoveAsync("ANN.LEE@example.org", default))).Outcome);
        Assert.Equal(SubscriberOutcome.NotFound, (await WithListAsync(fixture, l => l.UnsubscribeByTokenAsync("nope", default))).Outcome);
        Assert.Equal("No subscriber has the address 'who@example.org'.", (await WithListAsync(fixture, l => l.RemoveAsync("who@example.org", default))).Problem);

        var back = await fixture.AddAsync("ann.lee@example.org");
        Assert.Equal(SubscriberOutcome.Reactivated, back.Outcome);
        var stored = await fixture.WithDbAsync(db => db.Subscribers.AsNoTracking().SingleAsync());
        Assert.Equal((SubscriberStatus.Active, null, "Ann", token), (stored.Status, stored.UnsubscribedAt, stored.Name, stored.UnsubscribeToken));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task ImportCsv_ReportsBadRowsByLine_ImportsTheRest_AndAgainChangesNothing(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);
        await fixture.AddAsync("left@example.org");
        await WithListAsync(fixture, l => l.RemoveAsync("left@example.org", default));
        const string Csv = "Email,Name\nann@example.org,Ann Lee\nnot an address,Nobody\n\"bo@example.org\",\"Bo, Jr.\"\nANN@example.org,Duplicate\nleft@example.org,Left\nchen@example.net,\n";

        var first = await WithListAsync(fixture, l => l.ImportCsvAsync(new StringReader(Csv), default));

        Assert.Equal((3, 1, 1), (first.Added, first.Unchanged, first.LeftUnsubscribed));
        Assert.Equal(["line 3: 'not an address' is not an email address."], first.Problems);
        var stored = await fixture.WithDbAsync(db => db.Subscribers.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(["left@example.org", "ann@example.org", "bo@example.org", "chen@example.net"], stored.Select(s => s.Email));
        Assert.Equal([null, "Ann Lee", "Bo, Jr.", null], stored.Select(s => s.Name));
        Assert.Equal(SubscriberStatus.Unsubscribed, stored[0].Status);

        var second = await WithListAsync(fixture, l => l.ImportCsvAsync(new StringReader(Csv), default));

        Assert.Equal((0, 4, 1), (second.Added, second.Unchanged, second.LeftUnsubscribed));
        Assert.Equal(["line 3: 'not an address' is not an email address."], second.Problems);
        var after = await fixture.WithDbAsync(db => db.Subscribers.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(stored.Select(s => (s.Email, s.Name, s.Status, s.UnsubscribeToken)), after.Select(s => (s.Email, s.Name, s.Status, s.UnsubscribeToken)));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task ImportCsv_WithoutAnEmailColumn_SaysSo(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);

        var result = await WithListAsync(fixture, l => l.ImportCsvAsync(new StringReader("address,name\nann@example.org,Ann\n"), default));

        Assert.Equal(0, result.Added);
        Assert.Equal(["line 1: the file needs a header row with an 'email' column (and optionally 'name')."], result.Problems);
    }
}

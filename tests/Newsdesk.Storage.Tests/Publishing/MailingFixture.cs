using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Storage;
using Newsdesk.Storage.Tests.Pipeline;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Publishing;

/// <summary>A store with a two-item brief (draft or published) and subscribers, and the mail settings for a sink.</summary>
internal sealed class MailingFixture : IAsyncDisposable
{
    public const string FirstHeadline = "Missiles fired into the East Sea";
    public const string SecondHeadline = "Beijing urges calm after launches";
    public static readonly Uri BaseUrl = new("https://desk.example/");

    private MailingFixture(TestDatabase db, ManualClock clock)
    {
        Db = db;
        Clock = clock;
        Services = PipelineServices.Build(db, clock);
    }

    public TestDatabase Db { get; }

    public ServiceProvider Services { get; }

    public ManualClock Clock { get; }

    public static async Task<MailingFixture> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        return new MailingFixture(db, new ManualClock());
    }

    /// <summary>Stores two articles and a brief of them; published unless <paramref name="publish"/> is false.</summary>
    public async Task<long> BriefAsync(bool publish = true)
    {
        long[] ids;
        await using (var context = Db.CreateContext())
        {
            var at = new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero);
            Article Make(string title, string outlet) => new()
            {
                Title = title, Outlet = outlet, PublishedAt = at, RetrievedAt = at, Origin = "file:/d/" + outlet + ".txt",
                Blocks = [Block.Paragraph(title + ", officials said on Saturday.")], Text = title + ", officials said on Saturday.", ContentHash = title,
            };
            var articles = new[] { Make(FirstHeadline, "Peninsula Wire"), Make(SecondHeadline, "Kestrel News") };
            context.Articles.AddRange(articles);
            await context.SaveChangesAsync();
            ids = articles.Select(a => a.Id).ToArray();
        }

        await using var scope = Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<BriefEditor>();
        var brief = await editor.CreateDraftAsync(new DateOnly(2026, 11, 21), "Korea Security Brief", default);
        var change = await editor.AddItemAsync(brief.Id, null, ids[0], default);
        change = await editor.AddItemAsync(brief.Id, null, ids[1], default);
        if (publish)
        {
            change = await editor.PublishAsync(brief.Id, change.Version, default);
            Assert.True(change.Succeeded, change.Message);
        }

        return brief.Id;
    }

    public async Task<SubscriberChange> AddAsync(string email, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailingList>().AddAsync(email, name, default);
    }

    public async Task<MailingResult> SendAsync(long briefId, SmtpOptions smtp, Action<DeliveryReport>? onDelivery = null, CancellationToken ct = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BriefMailer>().SendAsync(briefId, smtp, BaseUrl, onDelivery, ct);
    }

    public async Task<T> WithDbAsync<T>(Func<NewsdeskDb, Task<T>> read)
    {
        await using var context = Db.CreateContext();
        return await read(context);
    }

    /// <summary>Settings for a sink on this machine; retries wait 10 ms so the tests stay quick.</summary>
    public static SmtpOptions Smtp(SmtpSink sink) => new()
    {
        Host = "127.0.0.1",
        Port = sink.Port,
        From = "desk@newsdesk.test",
        FromName = "Korea Security Brief",
        TimeoutSeconds = 20,
        MaxAttempts = 3,
        RetryDelayMilliseconds = 10,
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Db.DisposeAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

/// <summary>Ingestion with stories and copies, through the one door (ArticleIngestor), on both providers.</summary>
public sealed class StoryIngestionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Hotlines =
    [
        "Pyongyang said on Tuesday it would sever every liaison and military hotline with Seoul from noon.",
        "The announcement followed weeks of anger in the North over balloons carrying leaflets launched by defector groups.",
        "Kim Yo Jong, the sister of leader Kim Jong Un, oversaw the decision according to the state news agency.",
        "Seoul's unification ministry urged the North to keep the lines open because they guard against accidental clashes.",
        "South Korean officials said their morning calls on four channels went unanswered for the first time in two years.",
    ];

    private static readonly string[] Storm =
    [
        "Typhoon Maysak made landfall near Busan early on Thursday with gusts above 150 kilometres an hour.",
        "More than 2,000 residents of coastal villages spent the night in school gymnasiums.",
        "Ferries to Jeju were cancelled and about 300 flights were grounded at Gimhae airport.",
        "The weather agency said the storm would weaken over the East Sea by the evening.",
    ];

    private static ArticleDraft Draft(string url, string outlet, string title, IEnumerable<string> paragraphs, int minutes) => new()
    {
        Url = url,
        Title = title,
        Outlet = outlet,
        PublishedAt = T0.AddMinutes(minutes),
        Blocks = paragraphs.Select(Block.Paragraph).ToList(),
    };

    private static async Task<IngestResult> IngestAsync(TestDatabase db, StoryTracker tracker, ManualClock clock, ArticleDraft draft)
    {
        await using var context = db.CreateContext();
        var ingestor = new ArticleIngestor(context, clock, stories: new AssignStory(context, tracker, clock));
        return await ingestor.IngestAsync(draft, default);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_RepublishedAtNewAddressBySameOutlet_StoresOneArticle(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(2));
        var tracker = new StoryTracker();
        await IngestAsync(db, tracker, clock, Draft("https://yna.example/view/AKR1", "Yonhap", "North cuts hotlines", Hotlines, 0));
        var again = await IngestAsync(db, tracker, clock, Draft("https://yna.example/view/AKR1-updated?utm_source=rss", "Yonhap", "North cuts hotlines", Hotlines, 0));

        Assert.Equal(IngestStatus.Updated, again.Status);
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.Articles.CountAsync());
        Assert.Equal(1, await context.Stories.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_FeedEntryWhoseLinkMoved_StoresOneArticle(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        long sourceId;
        await using (var context = db.CreateContext())
        {
            var source = new Core.Sources.Source { Title = "Yonhap", Url = "https://yna.example/rss" };
            context.Sources.Add(source);
            await context.SaveChangesAsync();
            sourceId = source.Id;
        }

        var clock = new ManualClock(T0.AddHours(2));
        var tracker = new StoryTracker();
        var draft = Draft("https://yna.example/a/1", "Yonhap", "North cuts hotlines", Hotlines, 0) with { FeedGuid = "yna-1", SourceId = sourceId };
        await IngestAsync(db, tracker, clock, draft);
        var moved = await IngestAsync(db, tracker, clock, draft with { Url = "https://yna.example/en/a/1", Title = "North Korea cuts hotlines" });

        Assert.Equal(IngestStatus.Updated, moved.Status);
        await using var check = db.CreateContext();
        Assert.Equal("North Korea cuts hotlines", (await check.Articles.SingleAsync()).Title);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_WireCopiesAndOtherStory_OneStoryPerEventWithCopiesTraced(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var original = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines with South", Hotlines, 0));
        var verbatim = await IngestAsync(db, tracker, clock, Draft("https://post.example/world/9", "Harbor Post", "North Korea cuts hotlines with South", Hotlines, 40));
        var edited = await IngestAsync(db, tracker, clock, Draft("https://ledger.example/n/77", "Daily Ledger", "Hotlines cut",
            ["SEOUL (Yonhap) -- " + Hotlines[0], .. Hotlines[1..4], "Our correspondent in Paju said soldiers on the southern side were on alert."], 70));
        var storm = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/2", "Yonhap", "Typhoon Maysak hits Busan", Storm, 90));

        await using var context = db.CreateContext();
        var byId = await context.Articles.ToDictionaryAsync(a => a.Id);
        var o = byId[original.Article!.Id];
        var v = byId[verbatim.Article!.Id];
        var e = byId[edited.Article!.Id];
        var s = byId[storm.Article!.Id];
        Assert.Equal(CopyKind.None, o.CopyKind);
        Assert.Equal((o.Id, CopyKind.Verbatim, 1.0), (v.CopyOfId!.Value, v.CopyKind, v.VerbatimShare!.Value));
        Assert.Equal((o.Id, CopyKind.Edited), (e.CopyOfId!.Value, e.CopyKind));
        Assert.Equal("Yonhap", e.CopyCredit);
        Assert.Equal(["Our correspondent in Paju said soldiers on the southern side were on alert."], e.AddedSentences);
        Assert.Equal(o.StoryId, v.StoryId);
        Assert.Equal(o.StoryId, e.StoryId);
        Assert.NotEqual(o.StoryId, s.StoryId);
        Assert.Null(s.CopyOfId);

        // Each join keeps the clusterer's score; the first report of a story has none.
        var cutoff = tracker.Clusterer.Options.WeakJoinScore;
        Assert.Equal((null, null), (o.StoryScore, s.StoryScore));
        Assert.True(v.StoryScore > cutoff && e.StoryScore > cutoff, $"{v.StoryScore} {e.StoryScore}");
        Assert.Empty(await context.JoinsToCheckAsync(cutoff, T0.AddDays(-1), 10, default));

        // With the bar above every join, the copies' joins are listed once, as their original's to check
        // (the storm story holds one article: nothing to check there).
        var check = Assert.Single(await context.JoinsToCheckAsync(double.PositiveInfinity, T0.AddDays(-1), 10, default));
        Assert.Equal((o.Id, o.StoryId!.Value, Math.Min(v.StoryScore!.Value, e.StoryScore!.Value)), (check.ArticleId, check.StoryId, check.Score));
        Assert.Empty(await context.JoinsToCheckAsync(double.PositiveInfinity, T0.AddHours(2), 10, default));

        // The editor confirms the original's join: its copies' scores go too, and nothing is left to check.
        Assert.Equal(new ConfirmOutcome(true, o.StoryId), await new ConfirmJoin(context, clock).ConfirmAsync(o.Id, "Mina Cho", default));
        Assert.Empty(await context.JoinsToCheckAsync(double.PositiveInfinity, T0.AddDays(-1), 10, default));
        Assert.Equal(0, await context.Articles.CountAsync(a => a.StoryScore != null));
        Assert.True((await new ConfirmJoin(context, clock).ConfirmAsync(424242, "Mina Cho", default)).NotFound);
        var confirmed = Assert.Single(await context.HistoryAsync(o.StoryId!.Value, 10, default));
        Assert.Equal((StoryEditKind.Confirmed, (long?)o.Id, "Mina Cho", T0.AddHours(3)), (confirmed.Kind, confirmed.ArticleId, confirmed.By, confirmed.At));
        Assert.Equal("Mina Cho confirmed that “North Korea cuts hotlines with South” reports this story's event.", confirmed.Text);

        var story = await context.Stories.SingleAsync(x => x.Id == o.StoryId);
        Assert.Equal(3, story.ArticleCount);
        Assert.Equal(T0, story.FirstSeenAt);
        Assert.Equal(T0.AddMinutes(70), story.UpdatedAt);
        Assert.Contains("hotlines", story.Headline, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Harbor Post", "Daily Ledger"], await context.AlsoCarriedByAsync(o.Id, null, default));
        Assert.Equal([o.Id, v.Id, e.Id], (await context.StoryArticlesAsync(story.Id, default)).Select(a => a.Id));

        var items = await context.StoryItemsAsync(T0.AddDays(-1), T0.AddDays(1), default);
        Assert.Equal([s.StoryId, o.StoryId], items.Select(i => (long?)i.Story.Id));
        var item = items[1];
        Assert.Equal((o.Id, "Yonhap"), (item.Lead.Id, item.OriginalOutlet));
        Assert.Equal(["Harbor Post", "Daily Ledger"], item.AlsoCarriedBy);
        Assert.Empty(item.AlsoReportedBy);
    }

    /// <summary>Two drink-driving arrests of one team's players, weeks apart (as in StoryClustererTests).</summary>
    private static readonly (string Title, string[] Text, int Minutes)[] TwoArrests =
    [
        ("Falcons linebacker Dario Menk arrested on suspicion of drunk driving", ["Harbor City Falcons linebacker Dario Menk was arrested early Sunday on suspicion of driving under the influence, police said.", "Officers stopped his car on Route 9 after it drifted across lanes at 2:40 a.m.", "Menk was booked into county jail and released on bail. The Falcons said they were gathering information."], 0),
        ("Police: Falcons' Menk was weaving across Route 9 before DUI arrest", ["Dario Menk, the Harbor City Falcons linebacker, was weaving across lanes of Route 9 when officers pulled him over early Sunday, according to the police report.", "He failed a field sobriety test and was arrested on suspicion of drunk driving, then released on bail."], 300),
        ("Falcons linebacker Menk released on bail after DUI arrest", ["Falcons linebacker Dario Menk was released on bail on Sunday after his arrest on suspicion of driving under the influence on Route 9.", "Coach Ray Tolland said the team was disappointed and would handle the matter internally."], 540),
        ("Another Falcons player arrested: receiver Tavon Kessler held on DUI charge", ["Harbor City Falcons receiver Tavon Kessler was arrested on suspicion of drunk driving on Thursday, weeks after linebacker Dario Menk was arrested on suspicion of driving under the influence.", "Officers stopped Kessler on Bay Street at 1:15 a.m. and a breath test read 0.12, police said."], 40 * 1440),
        ("Receiver Tavon Kessler charged after Bay Street stop, breath test of 0.12", ["Prosecutors charged Harbor City Falcons receiver Tavon Kessler with driving under the influence after officers stopped him on Bay Street at 1:15 a.m. on Thursday.", "Kessler's breath test read 0.12. The Falcons suspended Kessler for one game."], 40 * 1440 + 360),
    ];

    /// <summary>
    /// The second arrest's first report joins the first arrest's story weakly (a join to check), and a
    /// verbatim pickup of it follows it there; the next report of the second arrest splits them off: the
    /// report, its pickup and the new report make a story, and both stories' counts, headlines and edit
    /// log follow, as an editor's move would leave them.
    /// </summary>
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_ReportConfirmingAWeakJoinBeganAnotherEvent_SplitsItOffWithItsCopies(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddDays(41));
        var tracker = new StoryTracker();
        var ids = new List<long>();
        foreach (var (title, text, minutes) in TwoArrests[..4])
        {
            ids.Add((await IngestAsync(db, tracker, clock, Draft($"https://sports.example/{ids.Count}", "Sports Desk", title, text, minutes))).Article!.Id);
        }

        var pickup = (await IngestAsync(db, tracker, clock, Draft("https://wire.example/k/1", "Metro Wire", TwoArrests[3].Title, TwoArrests[3].Text, 40 * 1440 + 60))).Article!.Id;
        long first, weak;
        await using (var context = db.CreateContext())
        {
            var before = await context.Articles.ToDictionaryAsync(a => a.Id);
            first = before[ids[0]].StoryId!.Value;
            weak = ids[3];
            Assert.True(ids.Append(pickup).All(id => before[id].StoryId == first), string.Join("; ", ids.Append(pickup).Select(id => $"{before[id].StoryId} {before[id].StoryScore}")));
            Assert.True(before[weak].StoryScore < tracker.Clusterer.Options.WeakJoinScore, $"the second arrest joined at {before[weak].StoryScore}");
            Assert.Equal(weak, before[pickup].CopyOfId);
        }

        var edits = await CountEditsAsync(db);
        var (title5, text5, minutes5) = TwoArrests[4];
        var confirming = (await IngestAsync(db, tracker, clock, Draft("https://sports.example/4", "Sports Desk", title5, text5, minutes5))).Article!;

        await using (var context = db.CreateContext())
        {
            var after = await context.Articles.ToDictionaryAsync(a => a.Id);
            var second = after[confirming.Id].StoryId!.Value;
            Assert.NotEqual(first, second);
            Assert.Equal([second, second], new[] { after[weak].StoryId!.Value, after[pickup].StoryId!.Value });
            Assert.Equal([first, first, first], ids[..3].Select(id => after[id].StoryId!.Value));
            Assert.Null(after[weak].StoryScore);
            Assert.NotNull(after[confirming.Id].StoryScore);

            var stories = await context.Stories.Where(s => s.Id == first || s.Id == second).ToDictionaryAsync(s => s.Id);
            Assert.Equal((3, T0.AddMinutes(540)), (stories[first].ArticleCount, stories[first].UpdatedAt));
            Assert.Equal((3, T0.AddDays(40)), (stories[second].ArticleCount, stories[second].FirstSeenAt));
            Assert.Contains("Menk", stories[first].Headline, StringComparison.Ordinal);
            Assert.Contains("Kessler", stories[second].Headline, StringComparison.Ordinal);
            Assert.Equal(edits + 2, await CountEditsAsync(db));

            // Both stories' histories tell of the split: the clusterer made it, the report and its pickup moved.
            var left = Assert.Single(await context.HistoryAsync(first, 10, default));
            Assert.Equal((StoryEditKind.SplitOut, (long?)weak, 2, (long?)second, (string?)null), (left.Kind, left.ArticleId, left.Articles, left.OtherStoryId, left.By));
            Assert.Equal(confirming.Id, left.CauseArticleId);
            Assert.Equal($"Newsdesk split “{TwoArrests[3].Title}” and 1 copy off into story {second}: the later report “{title5}” fitted it better than this story.", left.Text);
            var started = Assert.Single(await context.HistoryAsync(second, 10, default));
            Assert.Equal((StoryEditKind.SplitIn, (long?)weak, 2, (long?)first, T0.AddDays(41)), (started.Kind, started.ArticleId, started.Articles, started.OtherStoryId, started.At));
            Assert.Equal(stories[first].Headline, started.OtherHeadline);
        }

        // The split stands for a process that starts afresh from the store.
        var restarted = new StoryTracker();
        var next = await IngestAsync(db, restarted, clock, Draft("https://sports.example/5", "Sports Desk", "Falcons suspend Kessler one game after DUI charge",
            ["The Harbor City Falcons suspended receiver Tavon Kessler for one game after prosecutors charged him with driving under the influence following the Bay Street stop."], 40 * 1440 + 600));
        await using (var context = db.CreateContext())
        {
            Assert.Equal((await context.Articles.SingleAsync(a => a.Id == confirming.Id)).StoryId, next.Article!.StoryId);
        }
    }

    private static async Task<int> CountEditsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.StoryEdits.CountAsync();
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoProcesses_FirstReportsOfOneEventAtOnce_MakeOneStory(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var (first, second) = (new StoryTracker(), new StoryTracker());
        await IngestAsync(db, first, clock, Draft("https://coast.example/1", "Coast Times", "Typhoon Maysak hits Busan", Storm, -60));
        await IngestAsync(db, second, clock, Draft("https://coast.example/2", "Coast Times", "Typhoon Maysak weakens", Storm[1..], -55));

        // The first worker is starting the event's story when the second worker's report arrives: it
        // must see that story, not the first report still without one, and join it.
        var starting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new DbContextOptionsBuilder<NewsdeskDb>();
        db.Configure(options);
        options.AddInterceptors(new HoldWhenAStoryStarts(starting));
        Task<IngestResult> byFirst;
        await using (var slow = new NewsdeskDb(options.Options))
        {
            byFirst = new ArticleIngestor(slow, clock, stories: new AssignStory(slow, first, clock))
                .IngestAsync(Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines with South", Hotlines, 0), default);
            await starting.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var bySecond = await IngestAsync(db, second, clock, Draft("https://wire.example/k/9", "Wire Asia", "Pyongyang severs links with Seoul",
                [Hotlines[0], Hotlines[3], Hotlines[4], "Analysts in Seoul said the move was meant to press the South over the leaflets."], 5));
            var report = await byFirst;

            Assert.Equal(report.Article!.StoryId, bySecond.Article!.StoryId);
        }

        await using var check = db.CreateContext();
        Assert.Equal(2, await check.Stories.CountAsync());
    }

    /// <summary>Signals when a story is about to be stored, then holds that save for a while.</summary>
    private sealed class HoldWhenAStoryStarts(TaskCompletionSource starting) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Story>().Any(e => e.State == EntityState.Added) && starting.TrySetResult())
            {
                await Task.Delay(1500, ct);
            }

            return result;
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoProcesses_APickupIngestedByOne_JoinsTheStoryTheOtherStarted_AndIsTraced(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var (first, second) = (new StoryTracker(), new StoryTracker());
        // Both workers have loaded their windows before the event breaks.
        await IngestAsync(db, first, clock, Draft("https://coast.example/1", "Coast Times", "Typhoon Maysak hits Busan", Storm, -60));
        await IngestAsync(db, second, clock, Draft("https://yna.example/r/7", "Yonhap", "Rail link to Rason reopens for freight",
            ["The rail link to the port of Rason reopened to freight on Thursday after four years.", "Officials in Vladivostok said coal would be the first cargo."], -50));

        var original = await IngestAsync(db, first, clock, Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines with South", Hotlines, 0));
        var copy = await IngestAsync(db, second, clock, Draft("https://ledger.example/n/77", "Daily Ledger", "Hotlines cut",
            ["SEOUL (Yonhap) -- " + Hotlines[0], .. Hotlines[1..4], "Our correspondent in Paju said soldiers on the southern side were on alert."], 40));

        await using var check = db.CreateContext();
        var stored = await check.Articles.SingleAsync(a => a.Id == copy.Article!.Id);
        Assert.Equal(original.Article!.StoryId, stored.StoryId);
        Assert.Equal((original.Article.Id, CopyKind.Edited), (stored.CopyOfId, stored.CopyKind));
        Assert.Equal(2, (await check.Stories.SingleAsync(x => x.Id == original.Article.StoryId)).ArticleCount);
        Assert.Equal(3, await check.Stories.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_OriginalArrivingAfterCreditingCopy_BecomesTheOriginal(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        // The pickup's feed stamped it earlier than the wire story, but it credits Yonhap.
        var copy = await IngestAsync(db, tracker, clock, Draft("https://post.example/w/1", "Harbor Post", "North cuts hotlines",
            ["SEOUL (Yonhap) -- " + Hotlines[0], .. Hotlines[1..]], -15));
        var original = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/1", "Yonhap", "North cuts hotlines", Hotlines, 0));

        await using var context = db.CreateContext();
        Assert.Null((await context.Articles.SingleAsync(a => a.Id == original.Article!.Id)).CopyOfId);
        var pickup = await context.Articles.SingleAsync(a => a.Id == copy.Article!.Id);
        Assert.Equal(original.Article!.Id, pickup.CopyOfId);
        Assert.Equal(CopyKind.Edited, pickup.CopyKind);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Assign_AfterRestart_ReloadsTheWindowFromTheStore(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var before = await IngestAsync(db, new StoryTracker(), clock, Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines", Hotlines, 0));
        var after = await IngestAsync(db, new StoryTracker(), clock, Draft("https://post.example/w/3", "Harbor Post", "North Korea cuts hotlines", Hotlines, 30));

        await using var context = db.CreateContext();
        var copy = await context.Articles.SingleAsync(a => a.Id == after.Article!.Id);
        Assert.Equal(before.Article!.Id, copy.CopyOfId);
        Assert.Equal(before.Article!.StoryId, copy.StoryId);
        Assert.Equal(2, (await context.Stories.SingleAsync()).ArticleCount);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Merge_TwoStories_MovesArticlesAndKeepsTheOldIdResolvable(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var a = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines", Hotlines, 0));
        var b = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/2", "Yonhap", "Typhoon Maysak hits Busan", Storm, 20));
        var (from, into) = (b.Article!.StoryId!.Value, a.Article!.StoryId!.Value);

        await using (var context = db.CreateContext())
        {
            var merge = new MergeStories(context, tracker, clock);
            Assert.Equal(new MergeOutcome(true), await merge.MergeAsync(from, into, "Mina Cho", default));
            Assert.False((await merge.MergeAsync(from, into, "Mina Cho", default)).Merged);
        }

        await using var check = db.CreateContext();
        Assert.Equal(into, (await check.Stories.SingleAsync(s => s.Id == from)).MergedIntoId);
        Assert.Equal(2, (await check.Stories.SingleAsync(s => s.Id == into)).ArticleCount);
        Assert.Equal([a.Article.Id, b.Article.Id], (await check.StoryArticlesAsync(from, default)).Select(x => x.Id));

        // One entry each, the refused second merge logs nothing.
        var kept = Assert.Single(await check.HistoryAsync(into, 10, default));
        Assert.Equal((StoryEditKind.MergedIn, 1, (long?)from, "Mina Cho"), (kept.Kind, kept.Articles, kept.OtherStoryId, kept.By));
        Assert.Equal($"Mina Cho merged story {from} into this one (1 article).", kept.Text);
        var absorbed = Assert.Single(await check.HistoryAsync(from, 10, default));
        Assert.Equal((StoryEditKind.MergedAway, (long?)into), (absorbed.Kind, absorbed.OtherStoryId));
    }

    /// <summary>A storm report wrongly put with the hotline story (here by a merge), then moved out by the editor.</summary>
    private static async Task<(long Hotline, long Storm, long Story)> WronglyJoinedAsync(TestDatabase db, StoryTracker tracker, ManualClock clock)
    {
        var a = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines", Hotlines, 0));
        var b = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/2", "Yonhap", "Typhoon Maysak hits Busan", Storm, 20));
        await using var context = db.CreateContext();
        Assert.True((await new MergeStories(context, tracker, clock).MergeAsync(b.Article!.StoryId!.Value, a.Article!.StoryId!.Value, "Mina Cho", default)).Merged);
        return (a.Article.Id, b.Article.Id, a.Article.StoryId!.Value);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Unmerge_AWrongMerge_TakesBackOnlyWhatTheMergeMovedAndLaterReportsFollowIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var (hotline, storm, story) = await WronglyJoinedAsync(db, tracker, clock);
        long stormStory;
        await using (var context = db.CreateContext())
        {
            stormStory = (await context.Stories.SingleAsync(s => s.MergedIntoId == story)).Id;
        }

        // The storm report as a join still to check (a merge keeps join scores; so does its undo).
        await using (var context = db.CreateContext())
        {
            await context.Articles.Where(a => a.Id == storm).ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryScore, 0.31));
        }

        // A hotline report that arrives after the merge joins the merged story, and stays there.
        var joined = await IngestAsync(db, tracker, clock, Draft("https://post.example/w/4", "Harbor Post", "North Korea cuts hotlines with the South",
            [Hotlines[0], Hotlines[3], "Analysts in Seoul called the move a step back from the 2018 agreements."], 40));
        Assert.Equal(story, joined.Article!.StoryId);

        UnmergeOutcome outcome;
        await using (var context = db.CreateContext())
        {
            var unmerge = new UnmergeStory(context, tracker, clock);
            outcome = await unmerge.UnmergeAsync(stormStory, "Mina Cho", default);
            Assert.Equal(new UnmergeOutcome(true, story, 1), outcome);
            Assert.Equal($"story {stormStory} is not merged into another story", (await unmerge.UnmergeAsync(stormStory, "Mina Cho", default)).Reason);
            Assert.Equal($"story {story} is not merged into another story", (await unmerge.UnmergeAsync(story, "Mina Cho", default)).Reason);
            Assert.True((await unmerge.UnmergeAsync(999_999, "Mina Cho", default)).NotFound);
        }

        // The live clusterer was rebuilt: another storm report joins the storm story again.
        var later = await IngestAsync(db, tracker, clock, Draft("https://post.example/w/9", "Harbor Post", "Typhoon Maysak lashes Busan, flights grounded",
            [Storm[0], Storm[2], "Residents were told to stay indoors until the evening."], 60));

        await using var check = db.CreateContext();
        Assert.Equal(stormStory, later.Article!.StoryId);
        var restored = await check.Stories.SingleAsync(s => s.Id == stormStory);
        Assert.Null(restored.MergedIntoId);
        Assert.Equal(2, restored.ArticleCount);
        Assert.Contains("Typhoon Maysak", restored.Headline, StringComparison.Ordinal);
        Assert.Equal([storm, later.Article.Id], (await check.StoryArticlesAsync(stormStory, default)).Select(x => x.Id));
        Assert.Equal(0.31, (await check.Articles.SingleAsync(a => a.Id == storm)).StoryScore);
        Assert.Equal([hotline, joined.Article.Id], (await check.StoryArticlesAsync(story, default)).Select(x => x.Id));
        Assert.Equal(2, (await check.Stories.SingleAsync(s => s.Id == story)).ArticleCount);

        // Both histories tell of it, newest first; the refused attempts logged nothing.
        var kept = await check.HistoryAsync(story, 10, default);
        Assert.Equal([StoryEditKind.UnmergedOut, StoryEditKind.MergedIn], kept.Select(c => c.Kind));
        Assert.Equal($"Mina Cho undid the merge of story {stormStory} into this one: 1 article went back to it.", kept[0].Text);
        Assert.Null(kept[1].OtherMergedIntoId);
        var back = await check.HistoryAsync(stormStory, 10, default);
        Assert.Equal([StoryEditKind.Unmerged, StoryEditKind.MergedAway], back.Select(c => c.Kind));
        Assert.Equal($"Mina Cho undid this story's merge into story {story}: 1 article came back.", back[0].Text);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Unmerge_WhenItCannot_SaysWhyAndChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var (hotline, storm, story) = await WronglyJoinedAsync(db, tracker, clock);
        await using var context = db.CreateContext();
        var stormStory = (await context.Stories.SingleAsync(s => s.MergedIntoId == story)).Id;
        Assert.Equal(story, Assert.Single(await context.HistoryAsync(story, 10, default)).OtherMergedIntoId is { } here ? here : 0);
        var unmerge = new UnmergeStory(context, tracker, clock);

        // The merged story's article was moved on by an editor: nothing of it is left to take back.
        var third = (await new MoveArticle(context, tracker, clock).MoveAsync(storm, null, "Mina Cho", default)).StoryId!.Value;
        Assert.Equal($"none of the articles story {stormStory} gave is in story {story} any more", (await unmerge.UnmergeAsync(stormStory, "Mina Cho", default)).Reason);

        // The story it went into was merged on: that merge is undone first.
        Assert.True((await new MergeStories(context, tracker, clock).MergeAsync(story, third, "Mina Cho", default)).Merged);
        Assert.Equal($"story {story}, which story {stormStory} was merged into, was merged into story {third} since: undo that merge first",
            (await unmerge.UnmergeAsync(stormStory, "Mina Cho", default)).Reason);

        await using var check = db.CreateContext();
        Assert.Equal(story, (await check.Stories.SingleAsync(s => s.Id == stormStory)).MergedIntoId);
        Assert.Equal([hotline, storm], (await check.StoryArticlesAsync(third, default)).Select(x => x.Id));
        Assert.DoesNotContain(await check.StoryEdits.ToListAsync(), e => e.Kind is StoryEditKind.Unmerged or StoryEditKind.UnmergedOut);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Move_ArticleOutOfTheWrongStory_StartsItsOwnAndLaterReportsFollowIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var (hotline, storm, story) = await WronglyJoinedAsync(db, tracker, clock);

        MoveOutcome moved;
        await using (var context = db.CreateContext())
        {
            moved = await new MoveArticle(context, tracker, clock).MoveAsync(storm, null, "Mina Cho", default);
        }

        Assert.True(moved.Moved, moved.Reason);
        Assert.NotEqual(story, moved.StoryId);

        // The live clusterer was rebuilt: another storm report joins the storm's new story, not the hotline story.
        var later = await IngestAsync(db, tracker, clock, Draft("https://post.example/w/9", "Harbor Post", "Typhoon Maysak lashes Busan, flights grounded",
            [Storm[0], Storm[2], "Residents were told to stay indoors until the evening."], 60));

        await using var check = db.CreateContext();
        Assert.Equal(moved.StoryId, later.Article!.StoryId);
        var hotlineStory = await check.Stories.SingleAsync(s => s.Id == story);
        var stormStory = await check.Stories.SingleAsync(s => s.Id == moved.StoryId);
        Assert.Equal(1, hotlineStory.ArticleCount);
        Assert.Equal(T0, hotlineStory.UpdatedAt);
        Assert.Equal("North Korea cuts hotlines", hotlineStory.Headline);
        Assert.Equal(2, stormStory.ArticleCount);
        Assert.Equal(T0.AddMinutes(20), stormStory.FirstSeenAt);
        Assert.Contains("Typhoon Maysak", stormStory.Headline, StringComparison.Ordinal);
        Assert.Equal([hotline], (await check.StoryArticlesAsync(story, default)).Select(x => x.Id));

        // Newest first: the editor's move, then the merge that had put the storm report there.
        var history = await check.HistoryAsync(story, 10, default);
        Assert.Equal([StoryEditKind.MovedOut, StoryEditKind.MergedIn], history.Select(c => c.Kind));
        Assert.Equal(((long?)storm, 1, moved.StoryId, "Mina Cho"), (history[0].ArticleId, history[0].Articles, history[0].OtherStoryId, history[0].By));
        Assert.Equal($"Mina Cho moved “Typhoon Maysak hits Busan” to story {moved.StoryId}.", history[0].Text);
        var arrived = Assert.Single(await check.HistoryAsync(moved.StoryId!.Value, 10, default));
        Assert.Equal((StoryEditKind.MovedIn, (long?)storm, (long?)story), (arrived.Kind, arrived.ArticleId, arrived.OtherStoryId));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Move_ThenARewriteOfTheMovedArticle_IsTracedToItThroughItsNewStory(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var (_, storm, _) = await WronglyJoinedAsync(db, tracker, clock);
        MoveOutcome moved;
        await using (var context = db.CreateContext())
        {
            moved = await new MoveArticle(context, tracker, clock).MoveAsync(storm, null, "Mina Cho", default);
        }

        // Words swapped in every sentence, facts in the same order: no word run is left for the MinHash
        // bands, so only the story's member list can offer the moved article as the rewrite's original.
        var rewrite = await IngestAsync(db, tracker, clock, Draft("https://farm.example/p/5", "Content Farm", "Typhoon Maysak strikes Busan",
        [
            "Typhoon Maysak came ashore close to Busan early Thursday with gusts over 150 kilometres per hour.",
            "Over 2,000 inhabitants of seaside villages passed the night in school gymnasiums.",
            "Ferries to Jeju were scrapped and roughly 300 flights were halted at Gimhae airport.",
            "The weather agency stated the storm would ease over the East Sea by evening.",
        ], 75));

        await using var check = db.CreateContext();
        var copy = await check.Articles.SingleAsync(a => a.Id == rewrite.Article!.Id);
        Assert.Equal(moved.StoryId, copy.StoryId);
        Assert.Equal((storm, CopyKind.Rewrite), (copy.CopyOfId, copy.CopyKind));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Move_OriginalWithACopy_TheCopyGoesWithIt_IntoTheStoryNamed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var (hotline, storm, story) = await WronglyJoinedAsync(db, tracker, clock);
        var copy = await IngestAsync(db, tracker, clock, Draft("https://post.example/w/3", "Harbor Post", "Typhoon Maysak hits Busan", Storm, 40));
        var elsewhere = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/7", "Yonhap", "Rail link to Rason reopens for freight",
            ["The rail link to the port of Rason reopened to freight on Thursday after four years.", "Officials in Vladivostok said coal would be the first cargo."], 50));
        var target = elsewhere.Article!.StoryId!.Value;

        await using (var context = db.CreateContext())
        {
            Assert.Equal(storm, (await context.Articles.SingleAsync(a => a.Id == copy.Article!.Id)).CopyOfId);
            Assert.Equal(story, (await context.Articles.SingleAsync(a => a.Id == copy.Article!.Id)).StoryId);
            var moved = await new MoveArticle(context, tracker, clock).MoveAsync(storm, target, "Mina Cho", default);
            Assert.Equal(new MoveOutcome(true, target), moved);
        }

        await using var check = db.CreateContext();
        Assert.Equal([hotline], (await check.StoryArticlesAsync(story, default)).Select(x => x.Id));
        Assert.Equal([storm, copy.Article!.Id, elsewhere.Article.Id], (await check.StoryArticlesAsync(target, default)).Select(x => x.Id).Order());
        // The editor placed them: the copy's join score (into the hotline story) is gone.
        Assert.NotNull(copy.Article.StoryScore);
        Assert.Null((await check.Articles.SingleAsync(a => a.Id == copy.Article.Id)).StoryScore);
        Assert.Equal(3, (await check.Stories.SingleAsync(s => s.Id == target)).ArticleCount);
        Assert.Equal(1, (await check.Stories.SingleAsync(s => s.Id == story)).ArticleCount);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Move_BadRequests_SayWhyAndChangeNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var (hotline, storm, story) = await WronglyJoinedAsync(db, tracker, clock);
        var alone = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/7", "Yonhap", "Rail link to Rason reopens for freight",
            ["The rail link to the port of Rason reopened to freight on Thursday after four years."], 50));
        long merged;
        await using (var context = db.CreateContext())
        {
            merged = (await context.Stories.SingleAsync(s => s.MergedIntoId == story)).Id;
        }

        await using (var context = db.CreateContext())
        {
            var move = new MoveArticle(context, tracker, clock);
            var missing = await move.MoveAsync(999_999, null, "Mina Cho", default);
            Assert.True(missing is { Moved: false, NotFound: true }, missing.ToString());
            Assert.Contains("article 999999 does not exist", missing.Reason, StringComparison.Ordinal);

            var noStory = await move.MoveAsync(storm, 999_999, "Mina Cho", default);
            Assert.True(noStory is { Moved: false, NotFound: true }, noStory.ToString());
            Assert.Contains("story 999999 does not exist", noStory.Reason, StringComparison.Ordinal);

            Assert.Contains("already in story", (await move.MoveAsync(storm, story, "Mina Cho", default)).Reason, StringComparison.Ordinal);
            Assert.Contains($"was merged into story {story}", (await move.MoveAsync(storm, merged, "Mina Cho", default)).Reason, StringComparison.Ordinal);
            var only = await move.MoveAsync(alone.Article!.Id, null, "Mina Cho", default);
            Assert.Equal((false, true, alone.Article.StoryId), (only.Moved, only.WholeStory, only.StoryId));
            Assert.Contains("a story of its own already", only.Reason, StringComparison.Ordinal);
            var whole = await move.MoveAsync(alone.Article.Id, story, "Mina Cho", default);
            Assert.Equal((false, true, alone.Article.StoryId), (whole.Moved, whole.WholeStory, whole.StoryId));
            Assert.Contains("merge story", whole.Reason, StringComparison.Ordinal);
            Assert.False((await move.MoveAsync(storm, story, "Mina Cho", default)).WholeStory);
        }

        await using var check = db.CreateContext();
        Assert.Equal([hotline, storm], (await check.StoryArticlesAsync(story, default)).Select(x => x.Id));
        Assert.Equal(2, (await check.Stories.SingleAsync(s => s.Id == story)).ArticleCount);
        Assert.Equal(3, await check.Stories.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Move_InTheNewsroom_ReachesAWorkerThatClustersElsewhere(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var newsroom = new StoryTracker();
        var worker = new StoryTracker();
        // The worker ingests (and so holds the window) while the newsroom process corrects the stories.
        var (_, storm, story) = await WronglyJoinedAsync(db, worker, clock);
        await using (var context = db.CreateContext())
        {
            Assert.True((await new MoveArticle(context, newsroom, clock).MoveAsync(storm, null, "Mina Cho", default)).Moved);
        }

        var later = await IngestAsync(db, worker, clock, Draft("https://post.example/w/9", "Harbor Post", "Typhoon Maysak lashes Busan, flights grounded",
            [Storm[0], Storm[2], "Residents were told to stay indoors until the evening."], 60));

        await using var check = db.CreateContext();
        var stormStory = (await check.Articles.SingleAsync(a => a.Id == storm)).StoryId;
        Assert.NotEqual(story, stormStory);
        Assert.Equal(stormStory, later.Article!.StoryId);
        Assert.Equal(1, (await check.Stories.SingleAsync(s => s.Id == story)).ArticleCount);
        Assert.Equal(2, await check.StoryEdits.CountAsync(e => e.Id > 2));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Merge_SameStoryFromTwoProcesses_OnlyTheFirstGoesThrough(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        var a = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/1", "Yonhap", "North Korea cuts hotlines", Hotlines, 0));
        var b = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/2", "Yonhap", "Typhoon Maysak hits Busan", Storm, 20));
        var c = await IngestAsync(db, tracker, clock, Draft("https://yna.example/a/7", "Yonhap", "Rail link to Rason reopens for freight",
            ["The rail link to the port of Rason reopened to freight on Thursday after four years."], 50));
        var (storm, hotline, rail) = (b.Article!.StoryId!.Value, a.Article!.StoryId!.Value, c.Article!.StoryId!.Value);

        // The second process read the storm story before the first merged it away.
        await using var second = db.CreateContext();
        Assert.Null((await second.Stories.FindAsync([storm]))!.MergedIntoId);
        await using (var first = db.CreateContext())
        {
            Assert.True((await new MergeStories(first, tracker, clock).MergeAsync(storm, hotline, "Mina Cho", default)).Merged);
        }

        var late = await new MergeStories(second, new StoryTracker(), clock).MergeAsync(storm, rail, "Mina Cho", default);
        Assert.False(late.Merged);
        Assert.Contains($"story {storm} was already merged", late.Reason, StringComparison.Ordinal);

        await using var check = db.CreateContext();
        Assert.Equal(hotline, (await check.Stories.SingleAsync(s => s.Id == storm)).MergedIntoId);
        Assert.Equal(hotline, (await check.Articles.SingleAsync(x => x.Id == b.Article.Id)).StoryId);
        Assert.Equal(1, (await check.Stories.SingleAsync(s => s.Id == rail)).ArticleCount);
        Assert.Equal(2, (await check.Stories.SingleAsync(s => s.Id == hotline)).ArticleCount);
    }
}

using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Summarizing;
using Newsdesk.Core.Storage.Configurations;

namespace Newsdesk.Core.Storage;

/// <summary>The Newsdesk store: one EF Core model for SQLite and PostgreSQL.</summary>
public sealed class NewsdeskDb(DbContextOptions<NewsdeskDb> options) : DbContext(options)
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<StoryEdit> StoryEdits => Set<StoryEdit>();

    public DbSet<StoryEditArticle> StoryEditArticles => Set<StoryEditArticle>();

    public DbSet<Quote> Quotes => Set<Quote>();

    public DbSet<ArticleEntity> ArticleEntities => Set<ArticleEntity>();

    public DbSet<ArticleFigure> ArticleFigures => Set<ArticleFigure>();

    public DbSet<Brief> Briefs => Set<Brief>();

    public DbSet<BriefItem> BriefItems => Set<BriefItem>();

    public DbSet<BriefQuote> BriefQuotes => Set<BriefQuote>();

    public DbSet<Summary> Summaries => Set<Summary>();

    public DbSet<Fetching.HostTurn> HostTurns => Set<Fetching.HostTurn>();

    public DbSet<Subscriber> Subscribers => Set<Subscriber>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public bool IsSqlite => Database.ProviderName == SqliteProvider;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsdeskDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: EF stores DateTimeOffset as text, which it refuses to order or
        // compare in SQL. UTC ticks keep both providers' queries identical and index-friendly.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            // Npgsql writes timestamptz only from UTC offsets.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
        }
    }
}

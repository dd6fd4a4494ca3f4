using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Storage.Configurations;

/// <summary>
/// The newsroom's covering index: the inbox and story pages read an article's story, read state,
/// source, copy link, times, outlet, join score and genre for hundreds of articles per page. Those columns sit after
/// the body in the row, so without this index every read walks the body's overflow pages.
/// </summary>
internal sealed class ArticleNewsroomIndexConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder) =>
        builder.HasIndex(a => new { a.StoryId, a.ReadAt, a.SourceId, a.CopyOfId, a.PublishedAt, a.RetrievedAt, a.Outlet, a.StoryScore, a.Genre })
            .HasDatabaseName("IX_articles_Newsroom");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class StoryEditArticleConfiguration : IEntityTypeConfiguration<StoryEditArticle>
{
    public void Configure(EntityTypeBuilder<StoryEditArticle> builder)
    {
        builder.ToTable("story_edit_articles");
        builder.HasKey(e => new { e.EditId, e.ArticleId });
    }
}

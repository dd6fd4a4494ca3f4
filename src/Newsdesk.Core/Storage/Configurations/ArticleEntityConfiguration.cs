using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Entities;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class ArticleEntityConfiguration : IEntityTypeConfiguration<ArticleEntity>
{
    public void Configure(EntityTypeBuilder<ArticleEntity> builder)
    {
        builder.ToTable("article_entities");
        builder.Property(e => e.Key).HasMaxLength(128);
        builder.Property(e => e.Name).HasMaxLength(256);
        builder.HasIndex(e => new { e.ArticleId, e.Key }).IsUnique();
        builder.HasIndex(e => e.Key);
        builder.HasOne(e => e.Article).WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Figures;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class ArticleFigureConfiguration : IEntityTypeConfiguration<ArticleFigure>
{
    public void Configure(EntityTypeBuilder<ArticleFigure> builder)
    {
        builder.ToTable("article_figures");
        builder.Property(f => f.Unit).HasMaxLength(16);
        builder.Property(f => f.Thing).HasMaxLength(256);
        builder.Property(f => f.ThingKey).HasMaxLength(64);
        builder.Property(f => f.Source).HasMaxLength(512);
        builder.Property(f => f.Text).HasMaxLength(512);
        builder.Property(f => f.Context).HasMaxLength(1024);
        builder.Ignore(f => f.ContextKeys);
        builder.HasIndex(f => f.ArticleId);
        builder.HasIndex(f => f.ThingKey);
        builder.HasOne(f => f.Article).WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

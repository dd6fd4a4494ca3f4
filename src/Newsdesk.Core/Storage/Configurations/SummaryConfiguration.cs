using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class SummaryConfiguration : IEntityTypeConfiguration<Summary>
{
    public void Configure(EntityTypeBuilder<Summary> builder)
    {
        builder.ToTable("summaries");
        builder.Property(s => s.Model).HasMaxLength(256);
        builder.Property(s => s.SourceHash).HasMaxLength(64);
        builder.HasIndex(s => new { s.ArticleId, s.Method }).IsUnique();
        builder.HasIndex(s => new { s.StoryId, s.Method }).IsUnique();
        builder.HasOne(s => s.Article).WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Story).WithMany().HasForeignKey(s => s.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Lines).WithOne(l => l.Summary).HasForeignKey(l => l.SummaryId).OnDelete(DeleteBehavior.Cascade);
    }
}

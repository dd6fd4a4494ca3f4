using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class SummaryLineConfiguration : IEntityTypeConfiguration<SummaryLine>
{
    public void Configure(EntityTypeBuilder<SummaryLine> builder)
    {
        builder.ToTable("summary_lines");
        builder.Property(l => l.Note).HasMaxLength(512);
        builder.HasIndex(l => new { l.SummaryId, l.Position }).IsUnique();
        builder.HasIndex(l => l.ArticleId);
        builder.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

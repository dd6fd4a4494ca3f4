using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Quotes;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("quotes");
        builder.Property(q => q.Speaker).HasMaxLength(256);
        builder.Property(q => q.SpeakerRole).HasMaxLength(512);
        builder.Property(q => q.Outlet).HasMaxLength(256);
        builder.Property(q => q.TextHash).HasMaxLength(64);
        builder.Property(q => q.Origin).HasMaxLength(2048);
        builder.HasIndex(q => q.TextHash);
        builder.HasIndex(q => q.ArticleId);
        builder.HasOne(q => q.Article).WithMany().HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

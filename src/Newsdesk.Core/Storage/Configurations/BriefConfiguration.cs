using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Briefs;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class BriefConfiguration : IEntityTypeConfiguration<Brief>
{
    public void Configure(EntityTypeBuilder<Brief> builder)
    {
        builder.ToTable("briefs");
        builder.Property(b => b.Title).HasMaxLength(512);
        builder.Property(b => b.Slug).HasMaxLength(128);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.HasIndex(b => b.Date);
        builder.HasMany(b => b.Items).WithOne(i => i.Brief).HasForeignKey(i => i.BriefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Quotes).WithOne(q => q.Brief).HasForeignKey(q => q.BriefId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BriefItemConfiguration : IEntityTypeConfiguration<BriefItem>
{
    public void Configure(EntityTypeBuilder<BriefItem> builder)
    {
        builder.ToTable("brief_items");
        builder.Property(i => i.Headline).HasMaxLength(1024);
        builder.HasIndex(i => new { i.BriefId, i.Position });
        builder.HasOne(i => i.Article).WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Story).WithMany().HasForeignKey(i => i.StoryId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BriefQuoteConfiguration : IEntityTypeConfiguration<BriefQuote>
{
    public void Configure(EntityTypeBuilder<BriefQuote> builder)
    {
        builder.ToTable("brief_quotes");
        builder.HasIndex(q => new { q.BriefId, q.Position });
        builder.HasOne(q => q.Quote).WithMany().HasForeignKey(q => q.QuoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

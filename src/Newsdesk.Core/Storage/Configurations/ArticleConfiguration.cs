using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.Property(a => a.Url).HasMaxLength(2048);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(2048);
        builder.Property(a => a.FeedGuid).HasMaxLength(1024);
        builder.Property(a => a.Title).HasMaxLength(1024);
        builder.Property(a => a.Byline).HasMaxLength(512);
        builder.Property(a => a.Outlet).HasMaxLength(256);
        builder.Property(a => a.Language).HasMaxLength(16);
        builder.Property(a => a.Section).HasMaxLength(256);
        builder.Property(a => a.LeadImageUrl).HasMaxLength(2048);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Origin).HasMaxLength(2048);
        builder.Property(a => a.Blocks).HasColumnName("BodyJson")
            .HasConversion(new BlocksConverter(), ValueComparers.Blocks);
        builder.Property(a => a.ExtraLinks).HasConversion(new StringListConverter(), ValueComparers.Strings);
        builder.Property(a => a.AddedSentences).HasConversion(new StringListConverter(), ValueComparers.Strings);
        builder.Property(a => a.CopyCredit).HasMaxLength(256);
        builder.Ignore(a => a.SortTime);

        builder.HasIndex(a => a.CanonicalUrl).IsUnique();
        builder.HasIndex(a => new { a.SourceId, a.FeedGuid }).IsUnique();
        builder.HasIndex(a => a.ContentHash);
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => a.RetrievedAt);
        builder.HasIndex(a => a.StoryId);
        builder.HasIndex(a => a.CopyOfId);

        builder.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Story).WithMany(s => s.Articles).HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.CopyOf).WithMany().HasForeignKey(a => a.CopyOfId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("sources");
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.SiteUrl).HasMaxLength(2048);
        builder.Property(s => s.Title).HasMaxLength(512);
        builder.Property(s => s.Outlet).HasMaxLength(256);
        builder.Property(s => s.Category).HasMaxLength(512);
        builder.Property(s => s.ETag).HasMaxLength(512);
        builder.Property(s => s.LastModified).HasMaxLength(128);
        builder.Property(s => s.LeaseOwner).HasMaxLength(SourceLeases.MaxOwnerLength);
        builder.Property(s => s.Tags).HasConversion(new StringListConverter(), ValueComparers.Strings);
        builder.HasIndex(s => s.Url).IsUnique();
        builder.HasIndex(s => s.NextCheckAt);
    }
}

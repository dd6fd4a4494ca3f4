using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.ToTable("stories");
        builder.Property(s => s.Headline).HasMaxLength(Story.MaxTextLength);
        builder.Property(s => s.Keywords).HasMaxLength(Story.MaxTextLength);
        builder.HasIndex(s => s.UpdatedAt);
        builder.HasIndex(s => s.FirstSeenAt);
    }
}

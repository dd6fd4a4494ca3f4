using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class StoryEditConfiguration : IEntityTypeConfiguration<StoryEdit>
{
    public void Configure(EntityTypeBuilder<StoryEdit> builder)
    {
        builder.ToTable("story_edits");
        builder.Property(e => e.By).HasMaxLength(StoryEdit.MaxByLength);
        builder.HasIndex(e => e.StoryId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class StoryEditConfiguration : IEntityTypeConfiguration<StoryEdit>
{
    public void Configure(EntityTypeBuilder<StoryEdit> builder) => builder.ToTable("story_edits");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Fetching;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class HostTurnConfiguration : IEntityTypeConfiguration<HostTurn>
{
    public void Configure(EntityTypeBuilder<HostTurn> builder)
    {
        builder.ToTable("host_turns");
        builder.HasKey(t => t.Host);
        builder.Property(t => t.Host).HasMaxLength(HostTurns.MaxHostLength);
        builder.Property(t => t.Holder).HasMaxLength(200);
        builder.Property(t => t.PreviousHolder).HasMaxLength(200);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Core.Storage.Configurations;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("subscribers");
        builder.Property(s => s.Email).HasMaxLength(MailingList.MaxAddressLength);
        builder.Property(s => s.NormalizedEmail).HasMaxLength(MailingList.MaxAddressLength);
        builder.Property(s => s.Name).HasMaxLength(256);
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        builder.HasIndex(s => s.NormalizedEmail).IsUnique();
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.Property(d => d.MessageId).HasMaxLength(256);
        builder.HasIndex(d => new { d.BriefId, d.SubscriberId }).IsUnique();
        builder.HasOne<Brief>().WithMany().HasForeignKey(d => d.BriefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Subscriber).WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Core.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.TryAddScoped<BriefEditor>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName);
        services.TryAddScoped<MailingList>();
        services.TryAddScoped<BriefMailer>();
        return services;
    }
}

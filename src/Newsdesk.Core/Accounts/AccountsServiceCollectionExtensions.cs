using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        // Bound to the "Accounts" section by the host, which owns configuration.
        services.AddOptions<AccountsOptions>();
        services.TryAddScoped<UserAccounts>();
        return services;
    }
}

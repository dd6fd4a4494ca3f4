using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Fetching;

/// <summary>Fails startup with every problem in the Fetching section, named by key.</summary>
internal sealed class FetchingOptionsValidator : IValidateOptions<FetchingOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(r => $"{FetchingOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}").ToList();
        if (options.ConnectTimeoutSeconds > options.TimeoutSeconds)
        {
            failures.Add($"{FetchingOptions.SectionName}:ConnectTimeoutSeconds ({options.ConnectTimeoutSeconds}) exceeds TimeoutSeconds ({options.TimeoutSeconds}).");
        }

        foreach (var entry in options.AllowedPrivateNetworks)
        {
            if (!IPNetwork.TryParse(entry, out _) && !IPAddress.TryParse(entry, out _))
            {
                failures.Add($"{FetchingOptions.SectionName}:AllowedPrivateNetworks: '{entry}' is neither an IP address nor a CIDR range.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

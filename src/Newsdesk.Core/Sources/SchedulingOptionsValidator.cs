using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Sources;

/// <summary>Fails startup with every problem in the Scheduling section, named by key.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(r => $"{SchedulingOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}").ToList();
        if (options.MaxIntervalMinutes < options.MinIntervalMinutes)
        {
            failures.Add($"{SchedulingOptions.SectionName}:MaxIntervalMinutes ({options.MaxIntervalMinutes}) is below MinIntervalMinutes ({options.MinIntervalMinutes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

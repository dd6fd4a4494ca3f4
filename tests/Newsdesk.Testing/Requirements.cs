using Xunit;

namespace Newsdesk.Testing;

/// <summary>Real components a test may need, and whether this machine has them.</summary>
public enum Component
{
    SharedData,
    Postgres,
    SmtpSink,
    Chromium,
}

/// <summary>
/// Finds out whether a component is present. Under CI=true nothing is skipped: a missing component
/// makes the test run and fail with the reason, so CI can never go green by skipping.
/// </summary>
public static class Requirements
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the component is unavailable, or null when it is there.</summary>
    public static string? Missing(Component component) => component switch
    {
        Component.SharedData => SharedData.Root is null ? "../shared (benchmarks and seeds) is not beside the checkout" : null,
        Component.Postgres => PostgresServer.FindBinaries() is null ? "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql" : null,
        Component.SmtpSink => File.Exists(SmtpSink.Executable) ? null : $"{SmtpSink.Executable} is not installed: apt-get install postfix",
        Component.Chromium => File.Exists(Chromium.Executable) ? null : $"{Chromium.Executable} is not installed: apt-get install chromium",
        _ => null,
    };

    /// <summary>The skip reason for an attribute: null when present or under CI.</summary>
    public static string? SkipReason(params Component[] components)
    {
        if (IsCi)
        {
            return null;
        }

        var reasons = components.Select(Missing).Where(r => r is not null).ToList();
        return reasons.Count == 0 ? null : "Skipped: " + string.Join("; ", reasons);
    }

    /// <summary>Fails the test with the reason when a component is missing (used at the start of tests under CI).</summary>
    public static void Require(params Component[] components)
    {
        foreach (var c in components)
        {
            var missing = Missing(c);
            if (missing is not null)
            {
                throw new InvalidOperationException($"Required component {c} is missing: {missing}");
            }
        }
    }
}

/// <summary>A fact that needs real components: skipped with the reason when they are absent, except under CI=true.</summary>
public sealed class RequiresFactAttribute : FactAttribute
{
    public RequiresFactAttribute(params Component[] components)
    {
        Skip = Requirements.SkipReason(components);
    }
}

/// <summary>A theory that needs real components (see <see cref="RequiresFactAttribute"/>).</summary>
public sealed class RequiresTheoryAttribute : TheoryAttribute
{
    public RequiresTheoryAttribute(params Component[] components)
    {
        Skip = Requirements.SkipReason(components);
    }
}

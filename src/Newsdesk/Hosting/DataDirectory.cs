namespace Newsdesk.Hosting;

/// <summary>Where Newsdesk keeps its database, caches and keys: --data-dir, then NEWSDESK_DATA_DIR, then a per-user folder.</summary>
internal static class DataDirectory
{
    public const string EnvironmentVariable = "NEWSDESK_DATA_DIR";

    public static string Resolve(string? fromCommandLine)
    {
        var chosen = fromCommandLine;
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        if (string.IsNullOrWhiteSpace(chosen))
        {
            var baseDir = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (string.IsNullOrEmpty(baseDir))
            {
                baseDir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            }

            chosen = Path.Combine(baseDir, "newsdesk");
        }

        var full = Path.GetFullPath(chosen);
        Directory.CreateDirectory(full);
        return full;
    }
}

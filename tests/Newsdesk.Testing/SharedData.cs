namespace Newsdesk.Testing;

/// <summary>Locates ../shared (seeds, benchmarks, scorers) beside the checkout. Never copied into the project.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> LazyRoot = new(Find);

    private static readonly Lazy<string> LazyRepo = new(FindRepository);

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Root => LazyRoot.Value;

    /// <summary>The repository root (the folder holding Newsdesk.slnx).</summary>
    public static string RepositoryRoot => LazyRepo.Value;

    /// <summary>A path inside shared/, failing with a clear message when shared/ is absent.</summary>
    public static string Path(params string[] parts)
    {
        var root = Root ?? throw new InvalidOperationException(
            $"../shared is not beside the checkout ({RepositoryRoot}); set NEWSDESK_SHARED to its path.");
        return System.IO.Path.Combine([root, .. parts]);
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("NEWSDESK_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? System.IO.Path.GetFullPath(env) : null;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "benchmarks")) ? candidate : null;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Newsdesk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Newsdesk.slnx above " + AppContext.BaseDirectory);
    }
}

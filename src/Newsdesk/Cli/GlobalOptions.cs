using System.CommandLine;

namespace Newsdesk.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder for the database, caches and keys (default: $NEWSDESK_DATA_DIR, else ~/.local/share/newsdesk)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log progress details to standard error",
        Recursive = true,
    };
}

namespace Newsdesk.Web;

/// <summary>
/// How to host the newsroom: where the data lives, which addresses to listen on, configuration
/// overrides (e.g. Database:Provider) and, for tests, service replacements such as a manual clock.
/// </summary>
internal sealed record NewsroomHostSettings(string DataDirectory, string Urls)
{
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Also run the refresh worker (as `newsdesk run` does) in this process; `serve` does unless --no-worker.</summary>
    public bool RunRefreshWorker { get; init; }
}

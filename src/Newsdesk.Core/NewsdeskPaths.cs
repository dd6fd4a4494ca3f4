namespace Newsdesk.Core;

/// <summary>The data directory and the well-known places inside it.</summary>
public sealed record NewsdeskPaths(string DataDirectory)
{
    public string CacheDirectory => Path.Combine(DataDirectory, "cache");
}

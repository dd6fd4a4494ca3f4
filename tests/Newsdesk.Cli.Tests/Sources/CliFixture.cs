using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Sources;

/// <summary>A temporary data directory and the environment that lets the CLI fetch from the loopback fixture server.</summary>
internal sealed class CliFixture : IDisposable
{
    public CliFixture(params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(DataDir);
        Environment = new Dictionary<string, string>
        {
            ["Newsdesk__Fetching__AllowPrivateNetworks"] = "true",
            ["Newsdesk__Fetching__MinDelayPerHostMilliseconds"] = "0",
            ["Newsdesk__Fetching__TimeoutSeconds"] = "10",
        };
        foreach (var (k, v) in settings)
        {
            Environment[k] = v;
        }
    }

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "newsdesk-cli-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string> Environment { get; }

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync([.. args, "--data-dir", DataDir], Environment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

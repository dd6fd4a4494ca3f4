using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class StoreCommandTests
{
    [Fact]
    public async Task Migrate_CreatesTheStoreInTheDataDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsdesk-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await CliRunner.RunAsync("migrate", "--data-dir", dir);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(File.Exists(Path.Combine(dir, "newsdesk.db")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task DataDir_FromEnvironment_IsUsed()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsdesk-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await CliRunner.RunAsync(["articles", "--json"], new Dictionary<string, string> { ["NEWSDESK_DATA_DIR"] = dir });
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("", result.StandardOutput.Trim());
            Assert.True(File.Exists(Path.Combine(dir, "newsdesk.db")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

using System.CommandLine;

namespace Newsdesk.Cli;

/// <summary>The `newsdesk` command tree. Each command is a thin adapter over Core/Pipeline.</summary>
internal static class NewsdeskCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Newsdesk: follow a beat, and publish a daily brief.");
        root.Options.Add(GlobalOptions.DataDir);
        root.Options.Add(GlobalOptions.Verbose);
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(SummarizeCommand.Create());
        root.Subcommands.Add(BeatCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(BriefCommand.Create());
        root.Subcommands.Add(PublishCommand.Create());
        root.Subcommands.Add(SendCommand.Create());
        root.Subcommands.Add(SubscribersCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(DevCommand.Create());
        root.Subcommands.Add(ConformanceCommand.Create());
        root.Subcommands.Add(ClusterCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(RefreshCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        return root;
    }
}

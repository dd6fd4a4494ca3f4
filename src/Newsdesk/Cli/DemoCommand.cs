using System.CommandLine;
using System.Reflection;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk demo --out DIR`: a fresh store (in DIR/data unless --data-dir names an empty folder),
/// the bundled sample beat imported into it (src/Newsdesk/Demo/Beat, described in Demo/README.md),
/// and the day's brief written to DIR. Never touches the user's own store.
/// </summary>
internal static class DemoCommand
{
    private const string ResourcePrefix = "Demo/Beat/";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder for the brief, the sample files and (by default) the demo store", Required = true };
        var command = new Command("demo", "Import a bundled sample beat into a fresh store and write its brief") { output };
        command.SetAction(async (parse, ct) =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var chosen = parse.GetValue(GlobalOptions.DataDir);
            var dataDir = Path.GetFullPath(chosen ?? Path.Combine(outDir, "data"));
            if (chosen is not null && Directory.Exists(dataDir) && Directory.EnumerateFileSystemEntries(dataDir).Any())
            {
                await Console.Error.WriteLineAsync($"newsdesk demo: {dataDir} is not empty; the demo needs a fresh store, give it an empty or new folder".AsMemory(), ct);
                return 2;
            }

            var sampleDir = Path.Combine(outDir, "sample");
            var sampleNames = SampleNames();

            // A second run starts afresh, but only folders the demo itself wrote are ever deleted.
            foreach (var (folder, owned) in new[] { (chosen is null ? dataDir : null, DemoStoreNames), (sampleDir, sampleNames) })
            {
                if (folder is not null && !DeleteIfDemoFolder(folder, owned))
                {
                    await Console.Error.WriteLineAsync($"newsdesk demo: {folder} holds files the demo did not write; choose another --out".AsMemory(), ct);
                    return 2;
                }
            }

            var files = await WriteSampleAsync(sampleDir, ct);
            await Console.Out.WriteLineAsync($"Sample beat: {files} files in {sampleDir}".AsMemory(), ct);

            // The demo store is always SQLite in its own folder, whatever the environment configures.
            using var host = await CliHost.StartAsync(parse, Directory.CreateDirectory(dataDir).FullName, ct,
                [new("Database:Provider", "Sqlite"), new("Database:ConnectionString", "")]);
            var summary = await ImportCommand.RunAsync(host.Services, [sampleDir], ct);
            var brief = await BriefCommand.RunAsync(host.Services, null, outDir, ct);
            await Console.Out.WriteLineAsync($"Demo store: {dataDir} (try: newsdesk articles --data-dir \"{dataDir}\")".AsMemory(), ct);

            // The newsroom goes here: once the web app exists, `demo` ends by serving it on this store.
            return summary.Failures.Count == 0 && brief is not null ? 0 : 1;
        });
        return command;
    }

    /// <summary>Writes the embedded sample files into the folder and returns how many.</summary>
    private static async Task<int> WriteSampleAsync(string folder, CancellationToken ct)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var count = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name[ResourcePrefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var source = assembly.GetManifestResourceStream(name)!;
            await using var target = File.Create(path);
            await source.CopyToAsync(target, ct);
            count++;
        }

        return count;
    }

    /// <summary>What a demo store folder may hold: the SQLite file, its journals and the cache folder.</summary>
    private static readonly HashSet<string> DemoStoreNames = new(StringComparer.Ordinal)
    {
        "newsdesk.db", "newsdesk.db-wal", "newsdesk.db-shm", "newsdesk.db-journal", "cache",
    };

    private static HashSet<string> SampleNames() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..].Replace('/', Path.DirectorySeparatorChar))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Deletes the folder when everything at its top level is a name the demo owns; false when it holds anything else.</summary>
    private static bool DeleteIfDemoFolder(string folder, HashSet<string> owned)
    {
        if (!Directory.Exists(folder))
        {
            return true;
        }

        if (!Directory.EnumerateFileSystemEntries(folder).All(e => owned.Contains(Path.GetFileName(e))))
        {
            return false;
        }

        Directory.Delete(folder, recursive: true);
        return true;
    }
}

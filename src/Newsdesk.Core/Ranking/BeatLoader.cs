using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Ranking;

/// <summary>
/// Finds the beat in force: <see cref="RankingOptions.BeatFile"/>, else beat.yaml in the data
/// directory (when there is one), else the built-in Korean-peninsula security beat. A beat file with errors is an
/// operator mistake: loading it fails with every error and its line, instead of ranking by a
/// half-read beat.
/// </summary>
public sealed class BeatLoader(IOptions<RankingOptions> options, NewsdeskPaths? paths = null)
{
    public const string DefaultFileName = "beat.yaml";

    private const string DefaultResource = "Newsdesk.Core.Ranking.DefaultBeat.yaml";

    /// <summary>The file the beat is read from, or null for the built-in default.</summary>
    public string? BeatFile
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.BeatFile))
            {
                return options.Value.BeatFile;
            }

            var inDataDirectory = paths is null ? null : Path.Combine(paths.DataDirectory, DefaultFileName);
            return File.Exists(inDataDirectory) ? inDataDirectory : null;
        }
    }

    public async Task<Beat> LoadAsync(CancellationToken ct)
    {
        var file = BeatFile;
        if (file is null)
        {
            return Default();
        }

        var result = BeatReader.Read(await File.ReadAllTextAsync(file, ct));
        return result.Succeeded
            ? result.Beat!
            : throw new InvalidDataException($"The beat file {file} has errors:\n" + string.Join('\n', result.Errors));
    }

    /// <summary>The YAML of the built-in beat, to copy and edit.</summary>
    public static string DefaultYaml()
    {
        using var stream = typeof(BeatLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException(DefaultResource + " is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Beat Default()
    {
        var result = BeatReader.Read(DefaultYaml());
        return result.Succeeded ? result.Beat! : throw new InvalidOperationException("The built-in beat is invalid: " + string.Join("; ", result.Errors));
    }
}

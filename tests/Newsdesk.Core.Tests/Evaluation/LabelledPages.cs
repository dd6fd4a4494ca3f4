using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Evaluation;

/// <summary>One labelled span of a shared page: where it is, a hash to detect drift, and the expected answer.</summary>
internal sealed record LabelledSpan(string Page, int Offset, int Length, string Hash, string Expected);

/// <summary>
/// Reads the hand labels under TestData/Labels and the texts they point into, from ../shared
/// (extraction ground-truth bodies and clustering articles). The labels never hold the text.
/// </summary>
internal sealed class LabelledPages
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public static IReadOnlyList<LabelledSpan> ReadLabels(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Labels", file))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => new LabelledSpan(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3], f.Length > 4 ? f[4] : ""))
            .ToList();

    public string Text(string page)
    {
        if (_texts.Count == 0)
        {
            Load();
        }

        return _texts.TryGetValue(page, out var text) ? text : throw new InvalidOperationException($"{page} is not in ../shared");
    }

    /// <summary>The labelled span's text, checked against the hash written when it was labelled.</summary>
    public string Span(LabelledSpan label)
    {
        var span = Text(label.Page).Substring(label.Offset, label.Length);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(span)))[..label.Hash.Length];
        return hash == label.Hash ? span : throw new InvalidOperationException($"{label.Page}@{label.Offset} changed since it was labelled");
    }

    private void Load()
    {
        using (var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Path("benchmarks", "extraction", "ground-truth.json"))))
        {
            foreach (var page in doc.RootElement.EnumerateObject())
            {
                _texts["extraction:" + page.Name] = page.Value.GetProperty("articleBody").GetString() ?? "";
            }
        }

        foreach (var corpus in new[] { "giveme5w1h_newscluster", "ecbplus" })
        {
            foreach (var line in File.ReadLines(SharedData.Path("benchmarks", "clustering", corpus, "dev.jsonl")))
            {
                using var doc = JsonDocument.Parse(line);
                _texts[$"clustering:{corpus}:{doc.RootElement.GetProperty("id").GetString()}"] = doc.RootElement.GetProperty("text").GetString() ?? "";
            }
        }
    }
}

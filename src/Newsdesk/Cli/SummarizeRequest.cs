using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Cli;

/// <summary>One input line of `newsdesk summarize`: an id (string or number, written back as given) and its texts.</summary>
internal sealed record SummarizeRequest(JsonElement Id, IReadOnlyList<SummarySource> Sources)
{
    public static bool TryParse(string line, [NotNullWhen(true)] out SummarizeRequest? request, [NotNullWhen(false)] out string? error)
    {
        request = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            error = "not JSON: " + e.Message;
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object";
                return false;
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = "\"id\" (a string or number) is missing";
                return false;
            }

            var texts = new List<string>();
            if (root.TryGetProperty("article", out var article) && article.ValueKind == JsonValueKind.String)
            {
                texts.Add(article.GetString()!);
            }
            else if (root.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in articles.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        error = "\"articles\" must hold strings only";
                        return false;
                    }

                    texts.Add(item.GetString()!);
                }
            }
            else
            {
                error = "expected \"article\" (a string) or \"articles\" (an array of strings)";
                return false;
            }

            request = new SummarizeRequest(id.Clone(), texts.Select(t => new SummarySource(t)).ToList());
            error = null;
            return true;
        }
    }
}

/// <summary>One output line: the summary's sentences joined by newlines, and for a rewrite the sentences the sources do not support.</summary>
internal sealed record SummarizeResponse(
    JsonElement Id,
    string Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<UnsupportedSentence>? Unsupported = null)
{
    public static SummarizeResponse From(JsonElement id, IReadOnlyList<SummarySentence> sentences) =>
        new(id, string.Join('\n', sentences.Select(s => s.Text)));

    public static SummarizeResponse From(JsonElement id, AbstractiveSummary summary) =>
        new(id, string.Join('\n', summary.Sentences.Select(s => s.Text)), summary.Unsupported.Select(s => new UnsupportedSentence(s.Text, s.Problems)).ToList());
}

internal sealed record UnsupportedSentence(string Sentence, IReadOnlyList<string> Problems);

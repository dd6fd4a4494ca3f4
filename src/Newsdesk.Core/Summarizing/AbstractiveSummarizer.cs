using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// The optional abstractive mode: a language model rewrites the sources into a short summary, and
/// every sentence it returns is checked against the source sentences (<see cref="SupportChecker"/>);
/// unsupported sentences are kept but flagged, never silently shown as fact.
/// </summary>
public sealed class AbstractiveSummarizer(ChatCompletionClient client, IOptions<SummarizingOptions> options)
{
    private const string Instructions =
        "You write summaries for a daily news brief. Use only facts stated in the sources. " +
        "Do not add numbers, names, places or dates that the sources do not state. " +
        "Write plain sentences, one per line, with no headings, bullets or commentary.";

    public async Task<AbstractiveSummary> SummarizeAsync(IReadOnlyList<SummarySource> sources, SummaryLength length, CancellationToken ct)
    {
        var reply = await client.CompleteAsync(Instructions, Prompt(sources, length, options.Value.MaxInputCharacters), ct);
        var checker = new SupportChecker(sources);
        var sentences = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '*', '•', ' '))
            .SelectMany(SentenceSplitter.SplitTexts)
            .Select(checker.Check)
            .ToList();
        return new AbstractiveSummary(client.Model, sentences);
    }

    /// <summary>The sources, numbered and titled, cut at whole sentences once <paramref name="maxCharacters"/> is reached.</summary>
    internal static string Prompt(IReadOnlyList<SummarySource> sources, SummaryLength length, int maxCharacters)
    {
        var sb = new StringBuilder();
        sb.Append(length.MaxSentences > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Summarize in {length.MaxSentences} sentences")
            : string.Create(CultureInfo.InvariantCulture, $"Summarize in about {length.MinWords} words"));
        sb.Append(sources.Count > 1 ? " what these articles report about one event.\n" : " this article.\n");
        var budget = maxCharacters;
        for (var d = 0; d < sources.Count && budget > 0; d++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\nSource {d + 1}");
            sb.Append(string.IsNullOrWhiteSpace(sources[d].Title) ? ":\n" : $": {sources[d].Title}\n");
            foreach (var sentence in SentenceSplitter.SplitTexts(sources[d].Text))
            {
                if (sentence.Length > budget)
                {
                    budget = 0;
                    break;
                }

                sb.Append(sentence).Append('\n');
                budget -= sentence.Length;
            }
        }

        return sb.ToString();
    }
}

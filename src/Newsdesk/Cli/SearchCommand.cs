using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Search;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk search WORDS...`: the newsroom's full-text search from the command line, with the same
/// syntax ("phrases", -exclude, prefix*, outlet:, from:, to:, entity:) and the same folding of copies
/// into their originals.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var words = new Argument<string[]>("words") { Description = "What to look for, as in the newsroom's search box", Arity = ArgumentArity.OneOrMore };
        var newest = new Option<bool>("--newest") { Description = "Newest first instead of most relevant" };
        var copies = new Option<bool>("--copies") { Description = "List every copy, not only originals with the outlets that carried them" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many (1-200)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table" };
        var command = new Command("search", "Search everything stored (the newsroom's search)") { words, newest, copies, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(limit);
            if (count is < 1 or > 200)
            {
                await Console.Error.WriteLineAsync($"search: --limit must be 1-200, not {count}");
                return 2;
            }

            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var query = SearchQuery.Parse(string.Join(' ', parse.GetValue(words)!)) with
            {
                Order = parse.GetValue(newest) ? SearchOrder.Newest : SearchOrder.Relevance,
                Copies = parse.GetValue(copies),
                Limit = count,
            };
            var results = await scope.ServiceProvider.GetRequiredService<ArticleSearch>().SearchAsync(query, ct);
            if (results.Problem is not null)
            {
                await Console.Error.WriteLineAsync("search: " + results.Problem);
                return 2;
            }

            var rows = results.Hits.Select(h => new SearchRow(h.ArticleId, h.StoryId, HighlightMarks.Strip(h.Title), HighlightMarks.Strip(h.Snippet),
                h.Outlet, h.Byline, h.Time, h.Url, h.AlsoCarriedBy)).ToList();
            if (parse.GetValue(json))
            {
                foreach (var row in rows)
                {
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(row, CliJson.Default.SearchRow).AsMemory(), ct);
                }

                return 0;
            }

            var table = new Table().AddColumns("Id", "Outlet", "Published", "Title", "Also carried by");
            foreach (var r in rows)
            {
                table.AddRow(
                    r.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(r.Outlet ?? ""),
                    r.Published.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(r.Title),
                    Markup.Escape(string.Join(", ", r.AlsoCarriedBy)));
            }

            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Profile.Width = 1000;
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{rows.Count} result(s){(results.HasMore ? ", more with a higher --limit" : "")}[/]");
            return 0;
        });
        return command;
    }
}

/// <summary>A search result as `newsdesk search --json` prints it (highlight marks removed).</summary>
internal sealed record SearchRow(long Id, long? StoryId, string Title, string Snippet, string? Outlet, string? Byline, DateTimeOffset Published, string? Url, IReadOnlyList<string> AlsoCarriedBy);

using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Spectre.Console;

namespace Newsdesk.Cli;

internal static class ArticlesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many (most recent first)", DefaultValueFactory = _ => 1000 };
        var command = new Command("articles", "List stored articles") { json, limit };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<NewsdeskDb>>().CreateDbContextAsync(ct);
            var found = await db.Articles.AsNoTracking()
                .OrderByDescending(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id)
                .Take(parse.GetValue(limit))
                .Select(a => new { a.Id, a.Outlet, a.Byline, a.Title, a.PublishedAt, a.Url, a.Commentary, a.StoryId, a.CopyOfId, a.Genre })
                .ToListAsync(ct);
            var rows = found.Select(a => new ArticleRow(a.Id, a.Outlet, a.Byline, a.Title, a.PublishedAt, a.Url, a.Commentary, a.StoryId, a.CopyOfId,
                a.Genre.ToString().ToLowerInvariant())).ToList();
            if (parse.GetValue(json))
            {
                foreach (var row in rows)
                {
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(row, CliJson.Default.ArticleRow).AsMemory(), ct);
                }

                return 0;
            }

            var table = new Table().AddColumns("Id", "Outlet", "Byline", "Title", "Published", "URL", "Commentary");
            foreach (var r in rows)
            {
                table.AddRow(
                    r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(r.Outlet ?? ""),
                    Markup.Escape(r.Byline ?? ""),
                    Markup.Escape(r.Title),
                    r.Published?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(r.Url ?? ""),
                    Markup.Escape(r.Commentary ?? ""));
            }

            if (Console.IsOutputRedirected)
            {
                // Piped to a file or another program there is no terminal width to fit: keep each row on one line.
                AnsiConsole.Profile.Width = 1000;
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{rows.Count} article(s)[/]");
            return 0;
        });
        return command;
    }
}

/// <summary>A stored article as `newsdesk articles --json` prints it; <paramref name="Genre"/> is report, analysis or opinion.</summary>
internal sealed record ArticleRow(long Id, string? Outlet, string? Byline, string Title, DateTimeOffset? Published, string? Url, string? Commentary, long? StoryId, long? CopyOfId, string Genre);

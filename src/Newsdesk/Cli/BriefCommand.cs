using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;

namespace Newsdesk.Cli;

/// <summary>`newsdesk brief [--date D] --out DIR`: drafts the day's brief and writes it as HTML, text and Markdown.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "The day to brief, yyyy-MM-dd (default: the day of the most recent stored article)" };
        var output = new Option<string>("--out") { Description = "Folder to write brief.html, brief.txt and brief.md to", Required = true };
        var command = new Command("brief", "Draft the day's brief from stored articles and write it as HTML, text and Markdown") { date, output };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? day = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"newsdesk brief: --date must be yyyy-MM-dd, not \"{text}\"".AsMemory(), ct);
                    return 2;
                }

                day = parsed;
            }

            using var host = await CliHost.StartAsync(parse, ct);
            return await RunAsync(host.Services, day, parse.GetValue(output)!, ct) is null ? 1 : 0;
        });
        return command;
    }

    /// <summary>Drafts, writes the three files and says where they are; null (with the reason on stderr) when nothing was drafted.</summary>
    public static async Task<string?> RunAsync(IServiceProvider services, DateOnly? day, string outputDirectory, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var draft = scope.ServiceProvider.GetRequiredService<DraftBrief>();
        day ??= await draft.LatestDayAsync(ct);
        if (day is null)
        {
            await Console.Error.WriteLineAsync("newsdesk brief: the store holds no articles yet; import some first (newsdesk import PATH)".AsMemory(), ct);
            return null;
        }

        DraftBriefResult result;
        try
        {
            result = await draft.DraftAsync(day.Value, ct);
        }
        catch (InvalidDataException e)
        {
            // The beat file that ranks the stories has errors: say which, as `beat check` does.
            await Console.Error.WriteLineAsync($"newsdesk brief: {e.Message}".AsMemory(), ct);
            return null;
        }

        if (result.Brief is null)
        {
            await Console.Error.WriteLineAsync($"newsdesk brief: {result.Problem}".AsMemory(), ct);
            return null;
        }

        var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
        var view = await db.LoadBriefViewAsync(result.Brief.Id, ct) ?? throw new InvalidOperationException("The brief just saved cannot be read back.");
        var folder = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(folder);
        var html = Path.Combine(folder, "brief.html");
        await File.WriteAllTextAsync(html, BriefHtmlRenderer.Render(view), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "brief.txt"), BriefTextRenderer.Render(view), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "brief.md"), BriefMarkdownRenderer.Render(view), ct);
        var verb = result.Redrafted ? "Redrafted" : "Drafted";
        await Console.Out.WriteLineAsync($"{verb} the brief for {day:yyyy-MM-dd}: {view.Items.Count} items, {view.Quotes.Count} quotes of the day.".AsMemory(), ct);
        await Console.Out.WriteLineAsync($"Brief written to {html} (also brief.txt and brief.md)".AsMemory(), ct);
        return html;
    }
}

using System.Text.RegularExpressions;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads one article saved as plain text or Markdown: the title (first line, "# Title" or a
/// "Title:" field), then metadata lines (byline, dateline, date and URL lines, front matter), then
/// the body.
/// </summary>
public static partial class PlainTextArticleReader
{
    /// <summary>"Key: value" fields a saved article may start with (and Markdown front matter uses).</summary>
    [GeneratedRegex(@"^(?<key>title|headline|author|authors|by|byline|date|published|updated|url|link|source|outlet|publication|section|lang|language)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    public static ArticleDraft? Read(string text, string origin)
    {
        var lines = TextParagraphs.Split(text).ToList();
        var header = new ArticleHeader();
        var i = ReadFields(lines, header);
        while (i < lines.Count && header.Title is null)
        {
            if (!IsTitleCandidate(lines[i]) && HeaderLineReader.TryRead(lines, i, header) is var used and > 0)
            {
                i += used;
                continue;
            }

            header.Title = lines[i].TrimStart('#', ' ');
            i++;
        }

        while (i < lines.Count && HeaderLineReader.TryRead(lines, i, header) is var used and > 0)
        {
            i += used;
        }

        if (header.Title is null)
        {
            return null;
        }

        return ArticleAssembler.Build(header.Title, header, lines.Skip(i).ToList(), origin);
    }

    /// <summary>The first line is the title unless it is plainly metadata (a link, a date, a byline).</summary>
    private static bool IsTitleCandidate(string line) =>
        line.StartsWith('#') || (HeaderLineReader.UrlOf(line) is null && !line.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
            && !HeaderLineReader.IsPreTitleLine(line));

    private static int ReadFields(List<string> lines, ArticleHeader header)
    {
        var i = 0;
        var frontMatter = lines.Count > 0 && lines[0] == "---";
        if (frontMatter)
        {
            i = 1;
        }

        for (; i < lines.Count; i++)
        {
            if (frontMatter && lines[i] == "---")
            {
                return i + 1;
            }

            var m = Field().Match(lines[i]);
            if (!m.Success)
            {
                break;
            }

            var value = m.Groups["value"].Value.Trim().Trim('"');
            switch (m.Groups["key"].Value.ToLowerInvariant())
            {
                case "title" or "headline":
                    header.Title = value;
                    break;
                case "author" or "authors" or "by" or "byline":
                    header.Byline = Cleaning.PersonNames.Tidy(value);
                    header.BylineExplicit = true;
                    break;
                case "date" or "published":
                    header.PublishedAt = LooseDate.Find(value)?.Value;
                    break;
                case "updated":
                    header.ModifiedAt = LooseDate.Find(value)?.Value;
                    break;
                case "url" or "link":
                    header.Links.Add(HeaderLineReader.UrlOf(value) ?? value);
                    break;
                case "source" or "outlet" or "publication":
                    header.OfferOutlet(value, OutletEvidence.Masthead);
                    break;
                case "section":
                    header.Section = value;
                    break;
                default:
                    header.Language = value;
                    break;
            }

            header.Lines.Add(lines[i]);
        }

        return frontMatter ? 0 : i;
    }
}

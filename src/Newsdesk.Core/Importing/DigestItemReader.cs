using System.Text.RegularExpressions;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads one digest item into a draft. An item is: the curator's commentary, optionally an
/// "Excerpts:" block, then the article as copied (page lines such as links, dates and section
/// labels, its headline, metadata lines, the full text). The headline repeated inside the item is
/// the anchor that separates the curator's words from the article's; without one, the first run
/// of page metadata is.
/// </summary>
public static partial class DigestItemReader
{
    /// <summary>A repeated headline shorter than this share of the contents title is not the same headline.</summary>
    private const double MinTitleCoverage = 0.6;

    /// <summary>A page title's " | Outlet" suffix names an outlet only when short.</summary>
    private const int MaxSuffixWords = 5;

    [GeneratedRegex(@"^(\*\*|__)?(key\s+)?(excerpts?|excerpted|highlights|extracts?)\s*:?\s*(\*\*|__)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcerptsMarker();

    [GeneratedRegex(@"^(#{1,6}\s*)|(\*\*|__)", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    public static ArticleDraft Read(DigestItem item, string origin, DateTimeOffset? digestDate)
    {
        var lines = item.Lines.Select(l => Markup().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
        var tocTitle = BodyBlocks.Plain(item.TocTitle);
        var anchor = FindAnchor(lines, tocTitle);
        var excerptsAt = lines.FindIndex(0, anchor >= 0 ? anchor : lines.Count, l => ExcerptsMarker().IsMatch(l));
        var header = new ArticleHeader();
        var title = tocTitle;
        int bodyStart;
        int pageStart;

        if (anchor >= 0)
        {
            pageStart = PageStart(lines, anchor, excerptsAt);
            for (var i = pageStart; i < anchor; i++)
            {
                HeaderLineReader.TryRead(lines, i, header);
            }

            title = TitleFrom(lines[anchor], tocTitle, header);
            header.Lines.Add(lines[anchor]);
            bodyStart = anchor + 1;
        }
        else
        {
            var firstMeta = FirstMetadataLine(lines, excerptsAt + 1);
            pageStart = firstMeta < 0 ? (excerptsAt >= 0 ? lines.Count : 0) : PageStart(lines, firstMeta, excerptsAt);
            bodyStart = pageStart;
        }

        while (bodyStart < lines.Count && HeaderLineReader.TryRead(lines, bodyStart, header) is var used and > 0)
        {
            bodyStart += used;
        }

        var commentaryEnd = excerptsAt >= 0 ? excerptsAt : pageStart;
        var commentary = string.Join("\n\n", lines.Take(commentaryEnd).Select(BodyBlocks.Plain));
        var excerpts = excerptsAt >= 0 ? lines.Skip(excerptsAt + 1).Take(pageStart - excerptsAt - 1).ToList() : [];
        var body = lines.Skip(bodyStart).ToList();
        if (excerptsAt >= 0 && anchor < 0 && FirstMetadataLine(lines, excerptsAt + 1) < 0)
        {
            // Excerpts with no page after them: the excerpts are all the text there is.
            body = excerpts;
            excerpts = [];
        }

        // A digest is compiled on one day; an item that prints no date of its own is dated with it.
        header.PublishedAt ??= digestDate;
        return ArticleAssembler.Build(title, header, body, origin, commentary, excerpts);
    }

    /// <summary>The first line, after the heading, that repeats the contents title.</summary>
    private static int FindAnchor(List<string> lines, string tocTitle)
    {
        var toc = TextFingerprint.Normalize(tocTitle);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = TextFingerprint.Normalize(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Contains(toc, StringComparison.Ordinal) && line.Length <= toc.Length * 2 + 40)
            {
                return i;
            }

            if (toc.StartsWith(line, StringComparison.Ordinal) && line.Length >= toc.Length * MinTitleCoverage)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Walks back from the headline over page lines (links, dates, section labels) that precede it.</summary>
    private static int PageStart(List<string> lines, int anchor, int excerptsAt)
    {
        var start = anchor;
        while (start - 1 > excerptsAt && HeaderLineReader.IsPreTitleLine(lines[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Without a repeated headline: the first link, byline or domain line starts the page.</summary>
    private static int FirstMetadataLine(List<string> lines, int from)
    {
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            var probe = new ArticleHeader();
            var line = lines[i];
            if (HeaderLineReader.UrlOf(line) is not null || line.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
                || (HeaderLineReader.TryRead(lines, i, probe) > 0 && (probe.Byline is not null || probe.Outlet is not null || probe.PublishedAt is not null)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The contents title, unless the page's own headline is a shorter form of it (the curator
    /// appended "by General X"). A page title's " | Outlet" suffix is read as the outlet.
    /// </summary>
    private static string TitleFrom(string anchorLine, string tocTitle, ArticleHeader header)
    {
        var bar = anchorLine.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0 && Cleaning.JunkContext.Words(anchorLine[(bar + 3)..]) <= MaxSuffixWords)
        {
            header.OfferOutlet(anchorLine[(bar + 3)..].Trim(), OutletEvidence.TitleSuffix);
            anchorLine = anchorLine[..bar];
        }

        var anchor = TextFingerprint.Normalize(anchorLine);
        var toc = TextFingerprint.Normalize(tocTitle);
        return toc.StartsWith(anchor, StringComparison.Ordinal) && anchor.Length < toc.Length ? BodyBlocks.Plain(anchorLine) : tocTitle;
    }
}

using System.Text.RegularExpressions;
using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads the metadata lines printed around a headline in saved pages and newsletter items:
/// link lines, "site · by Name · date" lines, "By Name", "From Office", date lines, mastheads,
/// section labels, standfirsts and photo captions. Shared by plain-text articles and digest items.
/// </summary>
public static partial class HeaderLineReader
{
    /// <summary>Section labels pages print above or below a headline (named data from the seed pages and common sites).</summary>
    private static readonly HashSet<string> SectionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "opinion", "editorial", "editorials", "analysis", "commentary", "column", "columns", "interview", "feature", "features",
        "news", "world", "world news", "politics", "national", "north korea", "defense", "defence", "military", "military news",
        "diplomacy", "security", "asia", "asia-pacific", "breaking", "breaking news", "exclusive", "top news", "nation", "foreign affairs",
        "op-ed", "letters", "explainer", "live", "update", "updated",
    };

    /// <summary>Words that make a short capitalised line a masthead rather than a person's name ("BBC News", "The Harbor Ledger").</summary>
    private static readonly HashSet<string> MastheadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "times", "herald", "post", "daily", "journal", "ledger", "tribune", "agency", "press", "review", "gazette",
        "monitor", "report", "wire", "observer", "guardian", "telegraph", "broadcasting", "tv", "radio", "magazine", "chronicle",
        "dispatch", "insider", "weekly", "today", "online", "network", "media", "bulletin", "courier", "record", "standard",
        "examiner", "register", "sentinel", "digest", "review", "world", "affairs", "institute", "center", "centre", "command",
    };

    /// <summary>A standfirst is one sentence; the longest in the seeds has 19 words.</summary>
    private const int MaxDekWords = 35;

    /// <summary>Bylines name one to three people; eight words allows "Yang Ji-ho and Kim Seo-young".</summary>
    private const int MaxBylineWords = 8;

    [GeneratedRegex(@"^<?(?<url>https?://[^\s<>]+?)>?$|^\[[^\]]*\]\((?<url>https?://[^\s)]+)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^(?<domain>(?:[a-z0-9-]+\.)+[a-z]{2,})\s*[·•|]\s*(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainLine();

    [GeneratedRegex(@"^by\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^From\s+(?<org>[\p{Lu}].{2,120})$", RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\s*(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^(published|updated|posted|modified|last updated|first published|date|dated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(updated|modified|last updated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedLabel();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'.-]*(\s+[\p{Lu}][\p{L}'.-]*){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    /// <summary>The URL a line consists of, or null.</summary>
    public static string? UrlOf(string line)
    {
        var m = UrlLine().Match(line.Trim());
        return m.Success ? m.Groups["url"].Value.TrimEnd('.', ',') : null;
    }

    /// <summary>
    /// Lines that sit just above a headline and belong to the page, not to the curator's note:
    /// link lines, domain lines, date lines, weekdays and times, section labels, mastheads and widgets.
    /// </summary>
    public static bool IsPreTitleLine(string line)
    {
        var t = line.Trim();
        return UrlOf(t) is not null || LooseDate.IsWeekdayOrTime(t) || SectionLabels.Contains(t.TrimEnd(':'))
            || IsWidget(t) || DomainLine().IsMatch(t) || IsMasthead(t) || (LooseDate.Find(t) is { } d && JunkContext.Words(d.Rest) <= 3 && !d.Rest.Contains('.'));
    }

    /// <summary>Reads the line into the header when it is metadata; returns how many lines it used (0: not metadata).</summary>
    public static int TryRead(IReadOnlyList<string> lines, int index, ArticleHeader header)
    {
        var line = lines[index].Trim();
        var used = Read(line, index + 1 < lines.Count ? lines[index + 1].Trim() : null, header);
        if (used > 0)
        {
            header.Lines.Add(line);
            if (used > 1)
            {
                header.Lines.Add(lines[index + 1].Trim());
            }
        }

        return used;
    }

    private static int Read(string line, string? next, ArticleHeader header)
    {
        if (UrlOf(line) is { } url)
        {
            header.Links.Add(url);
            return 1;
        }

        if (DomainLine().Match(line) is { Success: true } domain)
        {
            header.OfferOutlet(domain.Groups["domain"].Value, OutletEvidence.DomainLine);
            foreach (var part in domain.Groups["rest"].Value.Split(['·', '•', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (ByLine().Match(part) is { Success: true } by)
                {
                    SetByline(header, by.Groups["name"].Value, explicitLine: false);
                }
                else if (LooseDate.Find(part) is { } d)
                {
                    header.PublishedAt ??= d.Value;
                }
            }

            return 1;
        }

        if (MastheadLine(line, header))
        {
            return 1;
        }

        if (ByLine().Match(line) is { Success: true } byline && JunkContext.Words(byline.Groups["name"].Value) <= MaxBylineWords)
        {
            var name = byline.Groups["name"].Value.Trim();
            var used = 1;
            if (name.EndsWith(',') && next is not null && PersonName().IsMatch(next))
            {
                name = name.TrimEnd(',') + ", " + next;
                used = 2;
            }

            if (LooseDate.Find(name) is { } d)
            {
                header.PublishedAt ??= d.Value;
                name = d.Rest;
            }

            SetByline(header, name, explicitLine: true);
            return used;
        }

        if (FromLine().Match(line) is { Success: true } from && JunkContext.Words(line) <= 20 && !EndsSentence(line))
        {
            header.OfferOutlet(from.Groups["org"].Value.Trim(), OutletEvidence.FromLine);
            return 1;
        }

        if (RelativeTime().Match(line) is { Success: true } relative)
        {
            var name = relative.Groups["name"].Value.Trim();
            if (name.Length > 0 && PersonName().IsMatch(name))
            {
                SetByline(header, name, explicitLine: false);
            }

            return 1;
        }

        if (LooseDate.IsWeekdayOrTime(line) || IsWidget(line))
        {
            return 1;
        }

        if (LooseDate.Find(line) is { } date && JunkContext.Words(date.Rest) <= 4)
        {
            var rest = DateLabel().Replace(date.Rest, "").Trim(' ', ':', ',');
            if (ModifiedLabel().IsMatch(date.Rest))
            {
                header.ModifiedAt ??= date.Value;
            }
            else
            {
                header.PublishedAt ??= date.Value;
            }

            if (rest.Length > 0 && SectionLabels.Contains(rest))
            {
                header.Section ??= rest;
            }
            else if (rest.Length > 0 && IsMasthead(rest))
            {
                header.OfferOutlet(rest, OutletEvidence.Masthead);
            }
            else if (rest.Length > 0 && PersonName().IsMatch(rest))
            {
                SetByline(header, rest, explicitLine: false);
            }

            return 1;
        }

        if (SectionLabels.Contains(line.TrimEnd(':')))
        {
            header.Section ??= line.TrimEnd(':');
            return 1;
        }

        if (NewsAgencies.IsAgency(line))
        {
            // A bare agency name under a masthead is a photo credit; alone, it names the outlet.
            header.OfferOutlet(line, OutletEvidence.DomainLine);
            return 1;
        }

        if (IsMasthead(line))
        {
            header.OfferOutlet(line, OutletEvidence.Masthead);
            return 1;
        }

        if (PhotoCreditRule.IsCaption(line))
        {
            header.Captions.Add(line);
            return 1;
        }

        if (header.Dek is null && !EndsSentence(line) && JunkContext.Words(line) is >= 4 and <= MaxDekWords)
        {
            header.Dek = line;
            return 1;
        }

        return 0;
    }

    private static void SetByline(ArticleHeader header, string raw, bool explicitLine)
    {
        var name = PersonNames.Tidy(raw);
        if (name.Length == 0)
        {
            return;
        }

        if (NewsAgencies.IsAgency(name))
        {
            header.OfferOutlet(name, OutletEvidence.AgencyByline);
        }

        if (header.Byline is null || (explicitLine && !header.BylineExplicit))
        {
            header.Byline = name;
            header.BylineExplicit = explicitLine;
        }
    }

    /// <summary>
    /// "Peninsula Wire · by Lee Na-young · November 16, 2026": a masthead, a "by" byline and a date,
    /// separated as the domain line is, read the same way. Every part must be one of the three, and the
    /// line must hold the masthead and one of the other two.
    /// </summary>
    private static bool MastheadLine(string line, ArticleHeader header)
    {
        var parts = line.Split(['·', '•', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4)
        {
            return false;
        }

        string? outlet = null;
        string? by = null;
        DateTimeOffset? published = null;
        foreach (var part in parts)
        {
            if (ByLine().Match(part) is { Success: true } b && JunkContext.Words(b.Groups["name"].Value) <= MaxBylineWords && by is null)
            {
                by = b.Groups["name"].Value;
            }
            else if (LooseDate.Find(part) is { } d && JunkContext.Words(d.Rest) == 0 && published is null)
            {
                published = d.Value;
            }
            else if (outlet is null && (IsMasthead(part) || NewsAgencies.IsAgency(part)))
            {
                outlet = part;
            }
            else
            {
                return false;
            }
        }

        if (outlet is null || (by is null && published is null))
        {
            return false;
        }

        header.OfferOutlet(outlet, OutletEvidence.Masthead);
        if (by is not null)
        {
            SetByline(header, by, explicitLine: false);
        }

        header.PublishedAt ??= published;
        return true;
    }

    private static bool IsMasthead(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4 || line.Any(char.IsDigit) || EndsSentence(line) || line.EndsWith(':') || line.EndsWith(','))
        {
            return false;
        }

        var capitalised = words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "on");
        // An acronym marks a masthead ("BBC News") unless the whole line is in capitals, which is
        // a cross-head ("A GLOBAL RESPONSE"); a capitalised masthead still names itself ("THE KOREA HERALD").
        var allCaps = line.Where(char.IsLetter).All(char.IsUpper);
        var acronym = !allCaps && words.Any(w => w.Length >= 2 && w.All(char.IsUpper));
        return capitalised && (acronym || words.Any(MastheadWords.Contains));
    }

    private static bool IsWidget(string line)
    {
        var context = new JunkContext([line], []);
        return new ShareWidgetRule().Judge(context, 0) == JunkVerdict.Drop || new WireAdvisoryRule().Judge(context, 0) == JunkVerdict.Drop;
    }

    public static bool EndsSentence(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';';
    }
}

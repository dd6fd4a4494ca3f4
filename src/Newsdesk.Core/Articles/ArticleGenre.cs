using System.Text.RegularExpressions;

namespace Newsdesk.Core.Articles;

/// <summary>What kind of writing an article is. A brief leads with reports and keeps opinion apart.</summary>
public enum ArticleGenre
{
    /// <summary>News: what happened, as reported (the default when nothing says otherwise).</summary>
    Report = 0,

    /// <summary>Analysis, explainers, background: reporting that interprets.</summary>
    Analysis = 1,

    /// <summary>Editorials, op-eds, columns, commentary, letters: argument, not news.</summary>
    Opinion = 2,
}

/// <summary>
/// Tells an article's genre from what publishers print about it, never from the text itself: the
/// schema.org type (OpinionNewsArticle), the section ("Opinion", "Editorials", "World > Analysis"), a
/// path segment of its address (/opinion/, /editorial/, /analysis/) and a label before the headline
/// ("Editorial: ...", "[Column] ..."). The first that names a genre decides.
/// </summary>
public static partial class ArticleGenres
{
    private static readonly Dictionary<string, ArticleGenre> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opinion"] = ArticleGenre.Opinion, ["opinions"] = ArticleGenre.Opinion, ["editorial"] = ArticleGenre.Opinion,
        ["editorials"] = ArticleGenre.Opinion, ["op-ed"] = ArticleGenre.Opinion, ["op-eds"] = ArticleGenre.Opinion,
        ["oped"] = ArticleGenre.Opinion, ["column"] = ArticleGenre.Opinion, ["columns"] = ArticleGenre.Opinion,
        ["columnists"] = ArticleGenre.Opinion, ["commentary"] = ArticleGenre.Opinion, ["commentisfree"] = ArticleGenre.Opinion,
        ["comment"] = ArticleGenre.Opinion, ["letters"] = ArticleGenre.Opinion, ["letter"] = ArticleGenre.Opinion,
        ["letters to the editor"] = ArticleGenre.Opinion, ["viewpoint"] = ArticleGenre.Opinion, ["viewpoints"] = ArticleGenre.Opinion,
        ["perspective"] = ArticleGenre.Opinion, ["perspectives"] = ArticleGenre.Opinion, ["voices"] = ArticleGenre.Opinion,
        ["analysis"] = ArticleGenre.Analysis, ["news analysis"] = ArticleGenre.Analysis, ["explainer"] = ArticleGenre.Analysis,
        ["explainers"] = ArticleGenre.Analysis, ["in depth"] = ArticleGenre.Analysis, ["in-depth"] = ArticleGenre.Analysis,
    };

    /// <summary>Path segments that are also ordinary words of article slugs are not labels there ("comment", "letter", "voices").</summary>
    private static readonly HashSet<string> NotInPaths = new(StringComparer.OrdinalIgnoreCase) { "comment", "letter", "voices", "perspective", "in depth" };

    /// <summary>"Editorial: ...", "OPINION | ...", "Analysis - ...", "[Column] ...", "(Op-ed) ...".</summary>
    [GeneratedRegex(@"^\s*(?:[\[(](?<label>[A-Za-z][A-Za-z \-]{1,24})[\])]\s*|(?<label>[A-Za-z][A-Za-z \-]{1,24}?)\s*(?::|\||\s[-–—])\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel();

    /// <summary>The genre a schema.org article type states (OpinionNewsArticle, AnalysisNewsArticle), or null.</summary>
    public static ArticleGenre? FromSchemaType(string? schemaType) =>
        schemaType is null ? null
        : schemaType.EndsWith("OpinionNewsArticle", StringComparison.OrdinalIgnoreCase) ? ArticleGenre.Opinion
        : schemaType.EndsWith("AnalysisNewsArticle", StringComparison.OrdinalIgnoreCase)
            || schemaType.EndsWith("BackgroundNewsArticle", StringComparison.OrdinalIgnoreCase) ? ArticleGenre.Analysis
        : null;

    /// <summary>The genre the section, the address or a label before the headline names; a report when none does.</summary>
    public static ArticleGenre Classify(string? title, string? url, string? section)
    {
        if (FromSection(section) is { } bySection)
        {
            return bySection;
        }

        if (FromUrl(url) is { } byUrl)
        {
            return byUrl;
        }

        if (title is not null && TitleLabel().Match(title) is { Success: true } label
            && Labels.TryGetValue(label.Groups["label"].Value.Trim(), out var byTitle))
        {
            return byTitle;
        }

        return ArticleGenre.Report;
    }

    /// <summary>A section names a genre when any of its parts does ("Opinion", "World > Analysis", "Opinion/Editorials").</summary>
    private static ArticleGenre? FromSection(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return null;
        }

        foreach (var part in section.Split(['/', '>', '|', ',', '»', '›'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Labels.TryGetValue(part, out var genre))
            {
                return genre;
            }
        }

        return null;
    }

    /// <summary>A folder of the address names a genre (the last segment is the article's own slug).</summary>
    private static ArticleGenre? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var segment = Uri.UnescapeDataString(segments[i]);
            if (!NotInPaths.Contains(segment) && Labels.TryGetValue(segment, out var genre))
            {
                return genre;
            }
        }

        return null;
    }
}

using System.Text.RegularExpressions;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Cleaning;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Builds a draft from a title, the metadata read around it and the body paragraphs: reads the
/// byline from a trailing sign-off and the outlet from a dateline, drops excerpts the full text
/// repeats, removes page junk and repeated passages, and turns paragraphs into blocks.
/// </summary>
public static partial class ArticleAssembler
{
    /// <summary>"SEOUL, July 13 (Yonhap) --" or "July 12 (UPI) --": the wire dateline opening a story.</summary>
    [GeneratedRegex(@"^([\p{Lu}][\p{Lu} .'-]{1,40},\s+)?[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2}(,\s*\d{4})?\s*\((?<agency>[^)]{2,40})\)\s*(--|—|–)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>
    /// A photo caption glued to the first paragraph when a page is copied ("...Wonsan, North KoreaNorth
    /// Korean leader..."): a lower-case letter runs into a capitalised word with no space. Only split
    /// when both sides are long enough to be sentences and the left side has no full stop, so names
    /// like "McDonald" or "YouTube" (short left word) are left alone.
    /// </summary>
    [GeneratedRegex(@"^(?<caption>[^.!?]{40,300}?\b\p{Lu}\p{Ll}{3,})(?<text>\p{Lu}\p{Ll}+\s.{40,})$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCaption();

    public static ArticleDraft Build(string title, ArticleHeader header, IReadOnlyList<string> body, string origin, string? commentary = null, IReadOnlyList<string>? excerpts = null)
    {
        // Inline Markdown (emphasis, links) would hide junk from the rules; block markers stay.
        var paragraphs = body.Select(BodyBlocks.Plain).Where(p => p.Length > 0).ToList();
        if (header.Byline is null)
        {
            header.Byline = paragraphs.TakeLast(JunkContext.TailLength).Select(ReporterSignoffRule.NameIn).LastOrDefault(n => n is not null);
        }

        if (paragraphs.Count > 0 && GluedCaption().Match(paragraphs[0]) is { Success: true } glued)
        {
            header.Captions.Add(glued.Groups["caption"].Value);
            paragraphs[0] = glued.Groups["text"].Value;
        }

        if (excerpts is { Count: > 0 })
        {
            // The curator's excerpts are quoted from the full text; keep only those it lacks.
            paragraphs.InsertRange(0, DuplicatePassageRemover.ExcerptsNotIn(excerpts, paragraphs));
        }

        var cleaned = JunkCleaner.Default.Clean(DuplicatePassageRemover.RemoveRepeats(paragraphs), header.Lines);
        var blocks = new List<Block>();
        if (header.Dek is not null)
        {
            blocks.Add(Block.Heading(header.Dek, 3));
        }

        blocks.AddRange(header.Captions.Select(c => Block.Caption(c)));
        blocks.AddRange(BodyBlocks.From(cleaned.Kept));

        var firstProse = cleaned.Kept.FirstOrDefault(p => !p.IsCaption)?.Text;
        if (firstProse is not null && Dateline().Match(firstProse) is { Success: true } dateline)
        {
            header.OfferOutlet(dateline.Groups["agency"].Value.Trim(), OutletEvidence.Dateline);
        }

        var url = header.Links.FirstOrDefault();
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            header.OfferOutlet(StripWww(uri.Host), OutletEvidence.LinkHost);
        }

        return new ArticleDraft
        {
            Title = BodyBlocks.Plain(title),
            Url = url,
            ExtraLinks = header.Links.Skip(1).Distinct(StringComparer.Ordinal).ToList(),
            Byline = header.Byline,
            Outlet = header.Outlet,
            PublishedAt = header.PublishedAt,
            ModifiedAt = header.ModifiedAt,
            Section = header.Section,
            Language = header.Language,
            Blocks = blocks,
            Commentary = string.IsNullOrWhiteSpace(commentary) ? null : commentary.Trim(),
            Origin = origin,
        };
    }

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}

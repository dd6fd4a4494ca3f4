using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Metadata as found on one page, filled signal by signal; the first signal to set a field wins,
/// so the reader consults signals in order of trust (JSON-LD, then OpenGraph and meta tags, then
/// microdata and the DOM).
/// </summary>
internal sealed class PageMetadata
{
    public string? Title { get; set; }

    public List<string> Bylines { get; } = [];

    public DateTimeOffset? Published { get; set; }

    public DateTimeOffset? Modified { get; set; }

    public string? SiteName { get; set; }

    public Uri? CanonicalUri { get; set; }

    public string? LeadImageUrl { get; set; }

    public string? Language { get; set; }

    public string? Section { get; set; }

    public string? Description { get; set; }

    public void SetTitle(string? value) => Title ??= Clean(value);

    public void SetSiteName(string? value) => SiteName ??= Clean(value);

    public void SetSection(string? value) => Section ??= Clean(value);

    /// <summary>The schema.org type of the article object (JSON-LD), the first one read.</summary>
    public string? SchemaType { get; set; }

    public void SetDescription(string? value) => Description ??= Clean(value);

    public void SetPublished(string? value) => Published ??= MetadataDates.Parse(value);

    public void SetModified(string? value) => Modified ??= MetadataDates.Parse(value);

    public void SetLanguage(string? value) => Language ??= LanguageTag.Normalize(value);

    public void SetLeadImage(string? value, Uri? baseUrl) => LeadImageUrl ??= SafeUrl.Resolve(value, baseUrl);

    public void SetCanonical(string? value, Uri? baseUrl)
    {
        if (CanonicalUri is null && SafeUrl.Resolve(value, baseUrl) is { } resolved)
        {
            CanonicalUri = new Uri(resolved);
        }
    }

    /// <summary>Adds bylines from one signal, only while no earlier signal gave any.</summary>
    public void SetBylines(IEnumerable<string?> names)
    {
        if (Bylines.Count > 0)
        {
            return;
        }

        foreach (var name in names)
        {
            foreach (var person in BylineText.Split(name))
            {
                if (!Bylines.Contains(person, StringComparer.OrdinalIgnoreCase))
                {
                    Bylines.Add(person);
                }
            }
        }
    }

    public ExtractionResult ToResult(IReadOnlyList<Block> blocks) => new()
    {
        Blocks = blocks,
        Title = Title,
        Bylines = Bylines,
        Published = Published,
        Modified = Modified,
        SiteName = SiteName,
        CanonicalUrl = CanonicalUri?.AbsoluteUri,
        LeadImageUrl = LeadImageUrl,
        Language = Language,
        Section = Section,
        SchemaType = SchemaType,
        Description = Description,
    };

    /// <summary>Collapses whitespace; longer than 1,000 characters is not a title or a name.</summary>
    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 4000)
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length is 0 or > 1000 ? null : System.Net.WebUtility.HtmlDecode(collapsed);
    }
}

namespace Newsdesk.Core.Extraction;

/// <summary>
/// The meta tag names and properties read for each metadata field, most trusted first
/// (OpenGraph and article:*, then Parse.ly, Sailthru, Dublin Core and plain names), as named data.
/// </summary>
internal static class MetaTagNames
{
    public static readonly string[] Title = ["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title"];

    public static readonly string[] Author = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "twitter:creator"];

    public static readonly string[] Published =
    [
        "article:published_time", "og:published_time", "article:published", "parsely-pub-date", "sailthru.date", "datepublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "article.published", "og:article:published_time",
    ];

    public static readonly string[] Modified = ["article:modified_time", "og:updated_time", "article:modified", "datemodified", "last-modified", "dcterms.modified", "article.updated"];

    public static readonly string[] SiteName = ["og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"];

    public static readonly string[] Section = ["article:section", "parsely-section", "section", "article.section", "category"];

    public static readonly string[] Description = ["og:description", "description", "twitter:description", "dc.description"];

    public static readonly string[] Image = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail"];

    public static readonly string[] Canonical = ["og:url", "twitter:url"];

    public static readonly string[] Language = ["content-language", "og:locale", "language", "dc.language"];

    public static void Apply(IReadOnlyList<(string Key, string Content)> meta, PageMetadata metadata, Uri? url)
    {
        if (meta.Count == 0)
        {
            return;
        }

        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, content) in meta)
        {
            byKey.TryAdd(key, content);
        }

        foreach (var name in Title)
        {
            metadata.SetTitle(Get(byKey, name));
        }

        // An article:author holding a profile URL names nobody; BylineText drops it.
        foreach (var name in Author)
        {
            var value = Get(byKey, name);
            if (name == "twitter:creator" && value is not null && value.StartsWith('@'))
            {
                continue;
            }

            metadata.SetBylines([value]);
        }

        foreach (var name in Published)
        {
            metadata.SetPublished(Get(byKey, name));
        }

        foreach (var name in Modified)
        {
            metadata.SetModified(Get(byKey, name));
        }

        foreach (var name in SiteName)
        {
            var value = Get(byKey, name);
            metadata.SetSiteName(name == "twitter:site" ? value?.TrimStart('@') : value);
        }

        foreach (var name in Section)
        {
            metadata.SetSection(Get(byKey, name));
        }

        foreach (var name in Description)
        {
            metadata.SetDescription(Get(byKey, name));
        }

        foreach (var name in Image)
        {
            metadata.SetLeadImage(Get(byKey, name), url);
        }

        foreach (var name in Canonical)
        {
            metadata.SetCanonical(Get(byKey, name), url);
        }

        foreach (var name in Language)
        {
            metadata.SetLanguage(Get(byKey, name));
        }
    }

    private static string? Get(Dictionary<string, string> byKey, string name) =>
        byKey.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

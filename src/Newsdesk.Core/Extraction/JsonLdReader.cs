using System.Text.Json;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Reads schema.org JSON-LD blocks: the article object (NewsArticle and its relatives, found at
/// the top level, in arrays or in an @graph) gives headline, authors, dates, section, image,
/// language and canonical URL; the publisher or WebSite gives the outlet name.
/// </summary>
internal static class JsonLdReader
{
    /// <summary>schema.org types whose headline, author and dates describe the page's article.</summary>
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting",
        "ScholarlyArticle", "TechArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle", "MedicalScholarlyArticle", "Review", "Recipe", "HowTo",
    };

    private static readonly HashSet<string> WebSiteTypes = new(StringComparer.OrdinalIgnoreCase) { "WebSite" };

    private static readonly HashSet<string> PublisherTypes = new(StringComparer.OrdinalIgnoreCase) { "NewsMediaOrganization", "Organization" };

    /// <summary>Scripts beyond this size are data dumps, not article metadata.</summary>
    private const int MaxScriptChars = 1_000_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Read(IEnumerable<string> scripts, PageMetadata metadata, Uri? url)
    {
        JsonElement? article = null;
        string? publisher = null;
        string? website = null;
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                if (script.Length > MaxScriptChars || Parse(script) is not { } document)
                {
                    continue;
                }

                documents.Add(document);
                foreach (var node in Objects(document.RootElement))
                {
                    if (article is null && HasType(node, ArticleTypes))
                    {
                        article = node;
                    }
                    else if (website is null && HasType(node, WebSiteTypes))
                    {
                        website = Text(node, "name");
                    }
                    else if (publisher is null && HasType(node, PublisherTypes))
                    {
                        publisher = Text(node, "name");
                    }
                }
            }

            if (article is { } a)
            {
                ReadArticle(a, metadata, url);
            }

            metadata.SetSiteName(publisher);
            metadata.SetSiteName(website);
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static void ReadArticle(JsonElement article, PageMetadata metadata, Uri? url)
    {
        metadata.SetTitle(Text(article, "headline") ?? Text(article, "name"));
        metadata.SetBylines(Names(article, "author").Concat(Names(article, "creator")));
        metadata.SetPublished(Text(article, "datePublished") ?? Text(article, "dateCreated"));
        metadata.SetModified(Text(article, "dateModified"));
        metadata.SetSection(Text(article, "articleSection"));
        // ["NewsArticle", "OpinionNewsArticle"]: the most specific type says the genre.
        var types = Types(article).Where(ArticleTypes.Contains).ToList();
        metadata.SchemaType ??= types.FirstOrDefault(t => ArticleGenres.FromSchemaType(t) is not null) ?? types.FirstOrDefault();
        metadata.SetDescription(Text(article, "description"));
        metadata.SetLanguage(Text(article, "inLanguage"));
        metadata.SetLeadImage(Url(article, "image") ?? Url(article, "thumbnailUrl"), url);
        metadata.SetCanonical(Url(article, "mainEntityOfPage") ?? Text(article, "url"), url);
        if (article.TryGetProperty("publisher", out var publisher))
        {
            metadata.SetSiteName(publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : Text(publisher, "name"));
        }
    }

    private static JsonDocument? Parse(string script)
    {
        var text = script.Trim();
        if (text.StartsWith("<!--", StringComparison.Ordinal) || text.StartsWith("//<![CDATA[", StringComparison.Ordinal) || text.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            text = text[(text.IndexOf('\n') is var nl and >= 0 ? nl : text.Length)..];
        }

        // Raw line breaks and tabs inside strings are invalid JSON but common in pages' JSON-LD.
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0)
        {
            text = string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] < ' ' ? ' ' : source[i];
                }
            });
        }

        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every object reachable through arrays and @graph, breadth first, bounded.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        var seen = 0;
        while (queue.Count > 0 && seen++ < 500)
        {
            var node = queue.Dequeue();
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    queue.Enqueue(item);
                }
            }
            else if (node.ValueKind == JsonValueKind.Object)
            {
                yield return node;
                if (node.TryGetProperty("@graph", out var graph))
                {
                    queue.Enqueue(graph);
                }

                if (node.TryGetProperty("mainEntity", out var main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    queue.Enqueue(main);
                }
            }
        }
    }

    private static bool HasType(JsonElement node, IReadOnlySet<string> types) => Types(node).Any(types.Contains);

    /// <summary>The node's @type values (one string or an array), without a vocabulary prefix.</summary>
    private static IEnumerable<string> Types(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return StripVocabulary(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    yield return StripVocabulary(t.GetString()!);
                }
            }
        }
    }

    private static string StripVocabulary(string type) => type.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? type[(type.LastIndexOf('/') + 1)..] : type;

    /// <summary>A string property, or the first string of an array property.</summary>
    private static string? Text(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>A URL property: a string, an object with url or @id, or the first of an array.</summary>
    private static string? Url(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "@id") ?? Text(value, "contentUrl"),
            _ => null,
        };
    }

    /// <summary>Person names of an author-like property: strings, objects with name, or arrays of either.</summary>
    private static IEnumerable<string?> Names(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items.Select(item => item.ValueKind switch
        {
            JsonValueKind.String => item.GetString(),
            JsonValueKind.Object => Text(item, "name"),
            _ => null,
        }).ToList();
    }
}

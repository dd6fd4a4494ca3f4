using System.Text.Json;
using Newsdesk.Core.Parsing.Html;
using Newsdesk.Core.Parsing.Uris;

namespace Newsdesk.Core.Parsing.JsonFeed;

/// <summary>Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>True when the text starts like a JSON object.</summary>
    public static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }

    public static void Read(string text, ParsedFeed feed, string? baseUri)
    {
        feed.Format = FeedFormat.JsonFeed;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            feed.Flag("The JSON document is not well-formed: " + ex.Message);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                feed.Flag("The JSON document is not an object.");
                return;
            }

            var version = Str(root, "version");
            feed.Version = version?.TrimEnd('/') switch
            {
                "https://jsonfeed.org/version/1" => "1.0",
                "https://jsonfeed.org/version/1.1" => "1.1",
                _ => null,
            };
            if (feed.Version is null)
            {
                feed.Flag($"Unknown JSON Feed version \"{version}\".");
            }

            feed.Base = baseUri;
            feed.Title = Str(root, "title") is { } title ? new FeedText(title, FeedText.PlainText) : null;
            feed.Subtitle = Str(root, "description") is { } description ? new FeedText(description, FeedText.PlainText) : null;
            feed.Language = Str(root, "language");
            if (Url(root, "home_page_url", baseUri) is { } home)
            {
                Links.Add(feed, new FeedLink(home, FeedLink.Alternate, "text/html"));
            }

            if (Url(root, "feed_url", baseUri) is { } self)
            {
                feed.AddLink(new FeedLink(self, FeedLink.Self, "application/feed+json"));
            }

            feed.Logo = Url(root, "icon", baseUri);
            feed.Icon = Url(root, "favicon", baseUri);
            if (feed.Logo is not null)
            {
                feed.Image = new FeedImage(feed.Logo);
            }

            AddAuthors(root, feed, baseUri);
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        feed.AddEntry(ReadItem(item, baseUri, feed.Language));
                    }
                }
            }
        }
    }

    private static FeedEntry ReadItem(JsonElement item, string? baseUri, string? language)
    {
        var entry = new FeedEntry { Base = baseUri, Language = Str(item, "language") ?? language };
        entry.Id = item.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        } : null;
        if (Url(item, "url", baseUri) is { } url)
        {
            Links.Add(entry, new FeedLink(url, FeedLink.Alternate, "text/html"));
        }

        if (Url(item, "external_url", baseUri) is { } external)
        {
            entry.AddLink(new FeedLink(external, "related"));
        }

        entry.Title = Str(item, "title") is { } title ? new FeedText(title, FeedText.PlainText, entry.Language) : null;
        entry.Summary = Str(item, "summary") is { } summary ? new FeedText(summary, FeedText.PlainText, entry.Language) : null;
        if (Str(item, "content_html") is { } html)
        {
            entry.AddContent(new FeedText(HtmlUriRewriter.Rewrite(html, baseUri), FeedText.Html, entry.Language, baseUri));
        }

        if (Str(item, "content_text") is { } text)
        {
            entry.AddContent(new FeedText(text, FeedText.PlainText, entry.Language, baseUri));
        }

        entry.Image = Url(item, "image", baseUri) is { } image ? new FeedImage(image) : null;
        entry.Published = DateElements.Read(Str(item, "date_published"));
        entry.Updated = DateElements.Read(Str(item, "date_modified"));
        AddAuthors(item, entry, baseUri);
        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray())
            {
                if (tag.ValueKind == JsonValueKind.String && tag.GetString() is { Length: > 0 } term)
                {
                    entry.AddCategory(new FeedCategory(term));
                }
            }
        }

        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in attachments.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.Object && Url(a, "url", baseUri) is { } href)
                {
                    var length = a.TryGetProperty("size_in_bytes", out var size) && size.TryGetInt64(out var n) ? n : (long?)null;
                    var type = Str(a, "mime_type");
                    entry.AddLink(new FeedLink(href, FeedLink.Enclosure, type, Str(a, "title"), Length: length));
                    entry.AddEnclosure(new FeedEnclosure(href, type, length));
                }
            }
        }

        return entry;
    }

    /// <summary>JSON Feed 1.1 "authors", or 1.0's single "author".</summary>
    private static void AddAuthors(JsonElement e, FeedMetadata target, string? baseUri)
    {
        if (e.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in authors.EnumerateArray())
            {
                AddAuthor(a, target, baseUri);
            }
        }
        else if (e.TryGetProperty("author", out var author))
        {
            AddAuthor(author, target, baseUri);
        }
    }

    private static void AddAuthor(JsonElement a, FeedMetadata target, string? baseUri)
    {
        if (a.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var name = Str(a, "name");
        var url = Url(a, "url", baseUri);
        if (name is not null || url is not null)
        {
            target.AddAuthor(new FeedPerson(name, null, url));
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { } s && s.Trim().Length > 0 ? s.Trim() : null;

    private static string? Url(JsonElement e, string name, string? baseUri) =>
        Str(e, name) is { } s ? UriResolver.Resolve(baseUri, s) : null;
}

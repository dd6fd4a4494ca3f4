using System.Globalization;
using System.Text.Json.Nodes;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Parsing.Dates;

namespace Newsdesk.Conformance;

/// <summary>
/// The adapter from the product's feed model to the result paths of the vectors (feedparser's
/// canonical key names). It only renames and reshapes; every value comes from <see cref="ParsedFeed"/>,
/// except the HTTP response data (headers, Last-Modified), which the harness itself supplied.
/// </summary>
internal static class FeedparserView
{
    public static JsonObject Build(ParsedFeed feed, FeedContext? context)
    {
        var root = new JsonObject
        {
            ["bozo"] = !feed.WellFormed,
            ["encoding"] = feed.Encoding,
            ["version"] = VersionString(feed),
            ["feed"] = Header(feed, feed.Format),
            ["entries"] = new JsonArray([.. feed.Entries.Select(e => Entry(e, feed.Format))]),
        };
        if (context is not null)
        {
            var headers = new JsonObject();
            foreach (var (name, value) in context.Headers ?? new Dictionary<string, string>())
            {
                headers[name.ToLowerInvariant()] = value;
            }

            root["headers"] = headers;
            if (context.DocumentUrl is { } url)
            {
                root["href"] = url.OriginalString;
            }

            if (context.Header("ETag") is { Length: > 0 } etag)
            {
                root["etag"] = etag;
            }

            if (context.Header("Last-Modified") is { Length: > 0 } modified)
            {
                root["modified"] = modified;
                root["modified_parsed"] = Iso(FeedDateParser.Parse(modified));
            }
        }

        return root;
    }

    /// <summary>feedparser's format identifiers ("rss20", "atom10", "rss091u"...).</summary>
    public static string VersionString(ParsedFeed feed) => feed.Format switch
    {
        FeedFormat.Atom => feed.Version switch { "1.0" => "atom10", "0.3" => "atom03", "0.2" => "atom02", "0.1" => "atom01", _ => "atom" },
        FeedFormat.Rdf => feed.Version == "0.90" ? "rss090" : "rss10",
        FeedFormat.Rss => feed.Version switch
        {
            "0.91" => "rss091u",
            "0.92" => "rss092",
            "0.93" => "rss093",
            "0.94" => "rss094",
            { } v when v.StartsWith("2.", StringComparison.Ordinal) => "rss20",
            _ => "rss",
        },
        FeedFormat.Cdf => "cdf",
        FeedFormat.JsonFeed => feed.Version == "1.1" ? "json11" : "json1",
        _ => "",
    };

    private static JsonObject Header(FeedHeader h, FeedFormat format)
    {
        var o = Metadata(h, format);
        Text(o, "subtitle", h.Subtitle);
        Put(o, "icon", h.Icon);
        Put(o, "logo", h.Logo);
        if (h.Generator is { } g)
        {
            Put(o, "generator", g.Name);
            o["generator_detail"] = new JsonObject { ["name"] = g.Name, ["href"] = g.Uri, ["version"] = g.Version };
        }

        if (h is ParsedFeed feed)
        {
            Text(o, "info", feed.Info);
            Put(o, "docs", feed.Docs);
            Put(o, "newlocation", feed.NewLocation);
            if (feed.TimeToLive is { } ttl)
            {
                o["ttl"] = ((int)ttl.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            }

            o["itunes_explicit"] = feed.Explicit;
            o["itunes_block"] = feed.Blocked ? 1 : 0;
            if (feed.Cloud is { } cloud)
            {
                o["cloud"] = new JsonObject
                {
                    ["domain"] = cloud.Domain,
                    ["port"] = cloud.Port?.ToString(CultureInfo.InvariantCulture),
                    ["path"] = cloud.Path,
                    ["registerprocedure"] = cloud.RegisterProcedure,
                    ["protocol"] = cloud.Protocol,
                };
            }
        }

        return o;
    }

    private static JsonObject Entry(FeedEntry e, FeedFormat format)
    {
        var o = Metadata(e, format);
        o["guidislink"] = e.IdIsPermaLink && e.Link is not null && e.Link == e.Id;
        // feedparser's summary falls back to a text or HTML body when the entry has no teaser.
        Text(o, "summary", e.Summary ?? e.Contents.FirstOrDefault(c => c.ContentType is FeedText.PlainText or FeedText.Html));
        if (e.Contents.Count > 0)
        {
            o["content"] = new JsonArray([.. e.Contents.Select(c => (JsonNode)Detail(c))]);
        }

        o["enclosures"] = new JsonArray([.. e.Enclosures.Select(x => (JsonNode)new JsonObject
        {
            ["href"] = x.Url,
            ["type"] = x.Type,
            ["length"] = x.Length?.ToString(CultureInfo.InvariantCulture),
        })]);
        Date(o, "created", e.Created);
        Date(o, "expired", e.Expires);
        Put(o, "comments", e.CommentsUrl);
        Put(o, "wfw_comment", e.CommentsUrl);
        Put(o, "wfw_commentrss", e.CommentsFeedUrl);
        Put(o, "license", e.License);
        o["itunes_explicit"] = e.Explicit;
        o["itunes_block"] = e.Blocked ? 1 : 0;
        if (e.Source is { } source)
        {
            var s = Header(source, format);
            Put(s, "href", source.Url);
            o["source"] = s;
        }

        var media = e.Media.Where(m => m.Url is not null).ToList();
        if (media.Count > 0)
        {
            o["media_content"] = new JsonArray([.. media.Select(m => (JsonNode)new JsonObject
            {
                ["url"] = m.Url,
                ["type"] = m.Type,
                ["medium"] = m.Medium,
                ["filesize"] = m.FileSize?.ToString(CultureInfo.InvariantCulture),
                ["width"] = m.Width?.ToString(CultureInfo.InvariantCulture),
                ["height"] = m.Height?.ToString(CultureInfo.InvariantCulture),
                ["duration"] = m.Duration?.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            })]);
        }

        if (e.Image is { } thumbnail)
        {
            o["media_thumbnail"] = new JsonArray(new JsonObject
            {
                ["url"] = thumbnail.Url,
                ["width"] = thumbnail.Width?.ToString(CultureInfo.InvariantCulture),
                ["height"] = thumbnail.Height?.ToString(CultureInfo.InvariantCulture),
            });
        }

        if (e.Media.FirstOrDefault(m => m.PlayerUrl is not null) is { } player)
        {
            o["media_player"] = new JsonObject { ["href"] = player.PlayerUrl };
        }

        if (e.Location is { } where)
        {
            o["where"] = Geometry(where);
        }

        if (e.ChaptersVersion is not null)
        {
            o["psc_chapters"] = new JsonObject
            {
                ["version"] = e.ChaptersVersion,
                ["chapters"] = new JsonArray([.. e.Chapters.Select(c => (JsonNode)new JsonObject
                {
                    ["start_parsed"] = c.Start.TotalSeconds,
                    ["title"] = c.Title,
                    ["href"] = c.Href,
                    ["image"] = c.Image,
                })]),
            };
        }

        return o;
    }

    private static JsonObject Metadata(FeedMetadata m, FeedFormat format)
    {
        var o = new JsonObject();
        Put(o, "id", m.Id);
        Text(o, "title", m.Title);
        Text(o, "rights", m.Rights);
        Put(o, "link", m.Link);
        o["links"] = new JsonArray([.. m.Links.Select(l => (JsonNode)new JsonObject
        {
            ["href"] = l.Href,
            ["rel"] = l.Rel,
            ["type"] = l.Type ?? (format == FeedFormat.Atom && l.Rel != FeedLink.Enclosure ? "text/html" : null), // feedparser's default for untyped Atom links
            ["title"] = l.Title,
            ["hreflang"] = l.HrefLang,
            ["length"] = l.Length?.ToString(CultureInfo.InvariantCulture),
        })]);
        Put(o, "language", m.Language);
        if (m.Authors.Count > 0)
        {
            Put(o, "author", m.Authors[0].Display);
            o["author_detail"] = Person(m.Authors[0]);
            o["authors"] = new JsonArray([.. m.Authors.Select(p => (JsonNode)Person(p))]);
        }

        if (m.Contributors.Count > 0)
        {
            o["contributors"] = new JsonArray([.. m.Contributors.Select(p => (JsonNode)Person(p))]);
        }

        if (m.Publisher is { } publisher)
        {
            Put(o, "publisher", publisher.Display);
            o["publisher_detail"] = Person(publisher);
        }

        if (m.Categories.Count > 0)
        {
            o["tags"] = new JsonArray([.. m.Categories.Select(c => (JsonNode)new JsonObject { ["term"] = c.Term, ["scheme"] = c.Scheme, ["label"] = c.Label })]);
        }

        Date(o, "validity_start", m.Validity?.Start);
        Date(o, "validity_end", m.Validity?.End);
        Date(o, "published", m.Published);
        Date(o, "updated", m.Updated);
        if (m.Image is { } image)
        {
            o["image"] = new JsonObject
            {
                ["href"] = image.Url,
                ["title"] = image.Title,
                ["link"] = image.Link,
                ["width"] = image.Width,
                ["height"] = image.Height,
                ["description"] = image.Description,
            };
        }

        return o;
    }

    private static JsonObject Person(FeedPerson p) => new() { ["name"] = p.Name, ["email"] = p.Email, ["href"] = p.Uri };

    private static JsonObject Detail(FeedText t)
    {
        var o = new JsonObject { ["value"] = t.Value, ["type"] = t.ContentType, ["language"] = t.Language, ["base"] = t.Base };
        if (t.Source is not null)
        {
            o["src"] = t.Source;
        }

        return o;
    }

    private static JsonNode Geometry(FeedGeometry g)
    {
        JsonArray Point(IReadOnlyList<double> p) => new([.. p.Select(x => (JsonNode?)x)]);
        var points = new JsonArray([.. g.Coordinates.Select(p => (JsonNode)Point(p))]);
        JsonNode coordinates = g.Kind switch
        {
            FeedGeometry.Point => Point(g.Coordinates[0]),
            FeedGeometry.Polygon => new JsonArray(points),
            _ => points,
        };
        return new JsonObject { ["type"] = g.Kind, ["coordinates"] = coordinates };
    }

    private static void Text(JsonObject o, string key, FeedText? text)
    {
        if (text is not null)
        {
            o[key] = text.Value;
            o[key + "_detail"] = Detail(text);
        }
    }

    private static void Date(JsonObject o, string key, FeedDate? date)
    {
        if (date is not null)
        {
            o[key] = date.Text;
            o[key + "_parsed"] = Iso(date.Value);
        }
    }

    private static string? Iso(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Put(JsonObject o, string key, string? value)
    {
        if (value is not null)
        {
            o[key] = value;
        }
    }
}

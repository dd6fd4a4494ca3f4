using System.Text;
using System.Text.Json;
using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Publishing.Feeds;

/// <summary>Writes published briefs as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeedWriter
{
    public const string ContentType = "application/feed+json; charset=utf-8";

    public static string Write(FeedChannel channel, IReadOnlyList<BriefView> briefs)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", channel.Title);
            w.WriteString("home_page_url", channel.ArchiveUrl.AbsoluteUri);
            w.WriteString("feed_url", channel.FeedUrl("feeds/feed.json").AbsoluteUri);
            if (channel.Description is not null)
            {
                w.WriteString("description", channel.Description);
            }

            w.WriteStartArray("items");
            foreach (var brief in briefs)
            {
                w.WriteStartObject();
                w.WriteString("id", FeedChannel.EntryId(brief));
                w.WriteString("url", channel.BriefUrl(brief).AbsoluteUri);
                w.WriteString("title", brief.Title);
                w.WriteString("summary", BriefFormat.Headlines(brief));
                w.WriteString("content_html", BriefHtmlRenderer.RenderFragment(brief));
                w.WriteString("content_text", BriefTextRenderer.Render(brief));
                w.WriteString("date_published", (brief.PublishedAt ?? brief.UpdatedAt).ToUniversalTime());
                w.WriteString("date_modified", FeedChannel.Updated(brief).ToUniversalTime());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

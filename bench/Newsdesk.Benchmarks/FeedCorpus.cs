using System.Globalization;
using System.Text;

namespace Newsdesk.Benchmarks;

/// <summary>
/// A deterministic corpus of realistic feeds for parser throughput: RSS 2.0 with content:encoded
/// HTML, enclosures and Dublin Core; Atom 1.0 with XHTML and HTML content; and a share of
/// ill-formed RSS (bare ampersands, undeclared HTML entities) that takes the lenient path.
/// </summary>
public static class FeedCorpus
{
    private static readonly string[] Words =
    [
        "harbour", "council", "minister", "said", "on", "Tuesday", "the", "new", "ferry", "timetable", "budget", "vote", "police",
        "report", "election", "market", "storm", "warning", "school", "hospital", "strike", "agreement", "talks", "river", "bridge",
        "according", "to", "officials", "who", "spoke", "of", "a", "and", "in", "for", "with", "after", "before", "week",
    ];

    /// <summary>Feeds of varied sizes whose bytes add up to at least <paramref name="totalBytes"/>.</summary>
    public static List<byte[]> Generate(long totalBytes, int seed = 20261122, double illFormedShare = 0.05)
    {
        var random = new Random(seed);
        var feeds = new List<byte[]>();
        long size = 0;
        var n = 0;
        while (size < totalBytes)
        {
            var entries = random.Next(10, 80);
            var kind = random.NextDouble();
            var text = kind < illFormedShare ? Rss(random, n, entries, illFormed: true)
                : kind < 0.7 ? Rss(random, n, entries, illFormed: false)
                : Atom(random, n, entries);
            var bytes = Encoding.UTF8.GetBytes(text);
            feeds.Add(bytes);
            size += bytes.Length;
            n++;
        }

        return feeds;
    }

    private static string Sentence(Random r, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            sb.Append(i == 0 ? "" : " ").Append(Words[r.Next(Words.Length)]);
        }

        return sb.Append('.').ToString();
    }

    private static string Html(Random r, bool illFormed)
    {
        var sb = new StringBuilder();
        for (var p = r.Next(3, 12); p > 0; p--)
        {
            sb.Append("<p>").Append(Sentence(r, r.Next(20, 60)));
            if (r.Next(3) == 0)
            {
                sb.Append(" <a href=\"/news/").Append(r.Next(100000)).Append("\">more</a>");
            }

            if (r.Next(5) == 0)
            {
                sb.Append(" <img src=\"https://cdn.example/i/").Append(r.Next(100000)).Append(".jpg\" alt=\"photo\">");
            }

            sb.Append(illFormed && r.Next(2) == 0 ? " Q&A &mdash; caf&eacute;" : "").Append("</p>");
        }

        return sb.ToString();
    }

    private static string Rss(Random r, int n, int entries, bool illFormed)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        sb.Append("<title>Outlet ").Append(n).Append(illFormed ? " News & Views" : "").Append("</title>\n<link>https://outlet").Append(n).Append(".example/</link>\n");
        sb.Append("<description>").Append(Sentence(r, 12)).Append("</description>\n<language>en-gb</language>\n");
        sb.Append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://outlet").Append(n).Append(".example/feed\"/>\n");
        var date = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < entries; i++)
        {
            sb.Append("<item>\n<title>").Append(Sentence(r, r.Next(6, 14))).Append("</title>\n");
            sb.Append("<link>https://outlet").Append(n).Append(".example/news/").Append(i).Append(illFormed ? "?a=1&b=2" : "").Append("</link>\n");
            sb.Append("<guid isPermaLink=\"false\">outlet").Append(n).Append('-').Append(i).Append("</guid>\n");
            sb.Append("<pubDate>").Append(date.AddMinutes(-i * 37).ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate>\n");
            sb.Append("<dc:creator>").Append(Sentence(r, 2)).Append("</dc:creator>\n<category>").Append(Words[r.Next(Words.Length)]).Append("</category>\n");
            sb.Append("<description><![CDATA[").Append(Sentence(r, 30)).Append("]]></description>\n");
            sb.Append("<content:encoded><![CDATA[").Append(Html(r, false)).Append("]]></content:encoded>\n");
            if (illFormed)
            {
                sb.Append("<summary>").Append(Html(r, true)).Append("</summary>\n");
            }

            if (r.Next(4) == 0)
            {
                sb.Append("<enclosure url=\"https://cdn.example/a/").Append(i).Append(".mp3\" length=\"").Append(r.Next(1_000_000, 90_000_000)).Append("\" type=\"audio/mpeg\"/>\n");
            }

            sb.Append("</item>\n");
        }

        return sb.Append("</channel>\n</rss>\n").ToString();
    }

    private static string Atom(Random r, int n, int entries)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\" xml:base=\"https://blog").Append(n).Append(".example/\">\n");
        sb.Append("<title>Blog ").Append(n).Append("</title>\n<id>urn:blog:").Append(n).Append("</id>\n<updated>2026-11-01T00:00:00Z</updated>\n<link href=\"/\"/>\n<link rel=\"self\" href=\"/atom.xml\"/>\n");
        for (var i = 0; i < entries; i++)
        {
            sb.Append("<entry>\n<title type=\"html\">").Append(Sentence(r, r.Next(6, 14))).Append("</title>\n<id>urn:blog:").Append(n).Append(':').Append(i).Append("</id>\n");
            sb.Append("<link href=\"posts/").Append(i).Append(".html\"/>\n<updated>2026-10-").Append((i % 28) + 1).Append("T10:00:00+02:00</updated>\n");
            sb.Append("<author><name>").Append(Sentence(r, 2)).Append("</name></author>\n<category term=\"").Append(Words[r.Next(Words.Length)]).Append("\"/>\n");
            if (r.Next(2) == 0)
            {
                sb.Append("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">").Append(Html(r, false).Replace("alt=\"photo\">", "alt=\"photo\"/>", StringComparison.Ordinal)).Append("</div></content>\n");
            }
            else
            {
                sb.Append("<content type=\"html\">").Append(System.Security.SecurityElement.Escape(Html(r, false))).Append("</content>\n");
            }

            sb.Append("</entry>\n");
        }

        return sb.Append("</feed>\n").ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Newsdesk.Core.Tests.Subscriptions;

/// <summary>Feed documents the fixture servers serve.</summary>
internal static class Feeds
{
    public static readonly DateTimeOffset Newest = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    /// <summary>An RSS 2.0 feed with <paramref name="count"/> full-text items two hours apart, newest first.</summary>
    public static string Rss(int count, string title = "Harbor Ledger", string prefix = "item", int hoursApart = 2)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title><link>https://ledger.example/</link>");
        for (var i = 0; i < count; i++)
        {
            var date = Newest.AddHours(-hoursApart * i).ToString("r", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>Story {prefix} {i}</title><link>https://ledger.example/{prefix}/{i}</link><guid>{prefix}-{i}</guid><pubDate>{date}</pubDate>");
            sb.Append(CultureInfo.InvariantCulture, $"<description>&lt;p&gt;{Body(i)}&lt;/p&gt;</description></item>");
        }

        sb.Append("</channel></rss>");
        return sb.ToString();
    }

    /// <summary>Over the teaser threshold, so no page is fetched for it.</summary>
    public static string Body(int i) =>
        string.Join(' ', Enumerable.Repeat($"Paragraph text of story {i} about harbour cranes, ferry schedules and the port authority budget.", 8));
}

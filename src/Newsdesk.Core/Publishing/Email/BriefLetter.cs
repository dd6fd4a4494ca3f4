using System.Globalization;
using System.Net.Mail;
using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Publishing.Feeds;

namespace Newsdesk.Core.Publishing.Email;

/// <summary>
/// A brief rendered once for mailing (plain text and HTML from the brief renderers), from which
/// each subscriber's own message is made: one recipient, their unsubscribe link in the footer and
/// in the List-Unsubscribe headers (RFC 2369, one-click RFC 8058) when the public address is known.
/// </summary>
public sealed class BriefLetter
{
    private readonly string _text;
    private readonly string _html;

    /// <summary>Where each reader's footer goes in <see cref="_html"/>: before the page's closing tags.</summary>
    private readonly int _footerAt;

    private BriefLetter(BriefView brief, Uri? baseUrl)
    {
        BaseUrl = baseUrl;
        var webUrl = baseUrl is null ? null : new FeedChannel(brief.Title, baseUrl).BriefUrl(brief).AbsoluteUri;
        _text = BriefTextRenderer.Render(brief);
        _html = BriefHtmlRenderer.Render(brief, webUrl);
        var end = _html.LastIndexOf("</div>\n</body>", StringComparison.Ordinal);
        _footerAt = end >= 0 ? end : _html.Length;
        Subject = SubjectOf(brief.Title, brief.Date);
    }

    public string Subject { get; }

    /// <summary>
    /// The title and the day ("Korea Security Brief (Saturday 21 November 2026)"); a title that already
    /// names the day ("Brief for 21 November 2026", "Korea brief, 21 Nov") is the subject alone.
    /// </summary>
    public static string SubjectOf(string title, DateOnly date)
    {
        var month = date.ToString("MMMM", CultureInfo.InvariantCulture);
        var namesDay = Regex.IsMatch(title,
            $@"\b{date.Day}(?:st|nd|rd|th)?\s+(?:{month}|{month[..3]})\b|\b(?:{month}|{month[..3]})\.?\s+{date.Day}(?:st|nd|rd|th)?\b|\b{date:yyyy-MM-dd}\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return namesDay ? title : $"{title} ({BriefFormat.Date(date)})";
    }

    /// <summary>The public site root ("https://desk.example/"), or null when none is configured.</summary>
    public Uri? BaseUrl { get; }

    public static BriefLetter Render(BriefView brief, Uri? baseUrl) => new(brief, baseUrl);

    /// <summary>The configured public root with a trailing slash, or null when it is empty or not an http(s) URL.</summary>
    public static Uri? BaseUri(string? configured) =>
        !string.IsNullOrWhiteSpace(configured) && WebLinks.IsSafe(configured) ? new Uri(configured.Trim().TrimEnd('/') + "/", UriKind.Absolute) : null;

    public Uri? UnsubscribeUrl(Subscriber subscriber) =>
        BaseUrl is null ? null : new Uri(BaseUrl, "unsubscribe/" + Uri.EscapeDataString(subscriber.UnsubscribeToken));

    /// <summary>A new message to one subscriber with a fresh Message-ID (returned in <paramref name="messageId"/>).</summary>
    public MailMessage ToMessage(Subscriber subscriber, MailAddress from, out string messageId)
    {
        messageId = $"<{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{from.Host}>";
        var unsubscribe = UnsubscribeUrl(subscriber)?.AbsoluteUri;
        var message = new MailMessage
        {
            From = from,
            Subject = Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(subscriber.Email, subscriber.Name ?? "", Encoding.UTF8));
        message.Headers.Add("Message-ID", messageId);
        if (unsubscribe is not null)
        {
            message.Headers.Add("List-Unsubscribe", "<" + unsubscribe + ">");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        // Plain text first, HTML last: a client shows the last alternative it can display (RFC 2046).
        message.AlternateViews.Add(View(_text + TextFooter(unsubscribe), MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(View(_html.Insert(_footerAt, HtmlFooter(unsubscribe)), MediaTypeNames.Text.Html));
        return message;
    }

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }

    private static string TextFooter(string? unsubscribe) => unsubscribe is null
        ? "\n-- \nYou receive this brief because you subscribed to it. To stop, reply and ask to be unsubscribed.\n"
        : $"\n-- \nYou receive this brief because you subscribed to it. Unsubscribe: {unsubscribe}\n";

    private static string HtmlFooter(string? unsubscribe)
    {
        const string Style = "color:#6b6b66;font-family:Helvetica,Arial,sans-serif;font-size:13px;margin:28px 0 0";
        return unsubscribe is null
            ? $"<p class=\"unsubscribe\" style=\"{Style}\">You receive this brief because you subscribed to it. To stop, reply and ask to be unsubscribed.</p>\n"
            : $"<p class=\"unsubscribe\" style=\"{Style}\">You receive this brief because you subscribed to it. <a href=\"{HtmlEncoder.Default.Encode(unsubscribe)}\" style=\"color:#1a4f8b\">Unsubscribe</a></p>\n";
    }
}

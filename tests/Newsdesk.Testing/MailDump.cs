using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Testing;

/// <summary>
/// A message as <see cref="SmtpSink"/> wrote it, read back: the envelope recipients, the headers
/// (unfolded, encoded words decoded) and the decoded text/plain and text/html parts. Just enough
/// MIME for the messages Newsdesk sends; not a general parser.
/// </summary>
public sealed partial record MailDump(IReadOnlyList<string> Recipients, IReadOnlyList<KeyValuePair<string, string>> Headers, string Text, string Html)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public IReadOnlyList<string> AllHeaders(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();

    public static MailDump Parse(string raw)
    {
        var (headers, body) = Split(raw.Replace("\r\n", "\n", StringComparison.Ordinal));
        var recipients = headers.Where(h => h.Key.Equals("X-Rcpt-Args", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.Split(' ')[0].Trim('<', '>')).ToList();
        string text = "", html = "";
        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "text/plain";
        var boundary = BoundaryPattern().Match(contentType);
        var parts = boundary.Success
            ? body.Split("--" + boundary.Groups[1].Value).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).Select(p => Split(p.TrimStart('\n'))).ToList()
            : [(headers, body)];
        foreach (var (partHeaders, content) in parts)
        {
            var type = partHeaders.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "text/plain";
            var encoding = partHeaders.FirstOrDefault(h => h.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value ?? "7bit";
            var decoded = Decode(content, encoding.Trim());
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = decoded;
            }
            else if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                text = decoded;
            }
        }

        return new MailDump(recipients, headers, text, html);
    }

    private static (List<KeyValuePair<string, string>> Headers, string Body) Split(string message)
    {
        var end = message.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? message : message[..end];
        var body = end < 0 ? "" : message[(end + 2)..];
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line.Trim());
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
            }
        }

        return (headers.Select(h => new KeyValuePair<string, string>(h.Key, DecodeWords(h.Value))).ToList(), body);
    }

    private static string Decode(string content, string transferEncoding)
    {
        if (transferEncoding.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(content.Where(c => !char.IsWhiteSpace(c)))));
        }

        return transferEncoding.Equals("quoted-printable", StringComparison.OrdinalIgnoreCase) ? QuotedPrintable(content) : content;
    }

    private static string QuotedPrintable(string content) => Encoding.UTF8.GetString(QuotedPrintableBytes(content));

    private static byte[] QuotedPrintableBytes(string content)
    {
        var text = content.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>RFC 2047 encoded words ("=?utf-8?B?...?="), adjacent ones joined.</summary>
    private static string DecodeWords(string value) => EncodedWordPattern().Replace(
        AdjacentWordsPattern().Replace(value, "?==?"),
        m =>
        {
            var payload = m.Groups[3].Value;
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(payload)
                : QuotedPrintableBytes(payload.Replace('_', ' '));
            return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
        });

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWordsPattern();
}

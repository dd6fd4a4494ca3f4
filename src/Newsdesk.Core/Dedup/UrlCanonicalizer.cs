using System.Text;

namespace Newsdesk.Core.Dedup;

/// <summary>
/// Turns the many spellings of one article's address into one key: scheme and host case, default
/// ports, fragments, tracking parameters, AMP and mobile variants, trailing slashes.
/// </summary>
public static class UrlCanonicalizer
{
    /// <summary>Query parameters that only track the reader, never select content.</summary>
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "hsa_", "itm_"];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mkt_tok", "ref", "ref_src", "ref_url",
        "cmpid", "cmp", "ncid", "ocid", "sr_share", "smid", "smtyp", "src", "share", "spm", "outputType",
        "amp", "__twitter_impression", "_ga", "_gl", "guccounter", "guce_referrer", "guce_referrer_sig",
    };

    /// <summary>The canonical key of an absolute http(s) URL, or null when the text is not one.</summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        host = StripPrefix(host, "www.");
        host = StripPrefix(host, "amp.");
        host = StripPrefix(host, "m.");
        host = StripPrefix(host, "mobile.");

        var path = uri.AbsolutePath;
        foreach (var suffix in new[] { "/amp", "/amp/", ".amp", "/amp.html" })
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && path.Length > suffix.Length)
            {
                path = path[..^suffix.Length];
                break;
            }
        }

        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[4..];
        }

        path = path.TrimEnd('/');

        var kept = new List<string>();
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = pair.Split('=', 2)[0];
            if (TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            kept.Add(pair);
        }

        kept.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder("//").Append(host);
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port);
        }

        sb.Append(path);
        if (kept.Count > 0)
        {
            sb.Append('?').AppendJoin('&', kept);
        }

        return sb.ToString();
    }

    private static string StripPrefix(string host, string prefix) =>
        host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length + 3 ? host[prefix.Length..] : host;
}

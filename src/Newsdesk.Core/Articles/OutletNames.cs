namespace Newsdesk.Core.Articles;

/// <summary>
/// Outlets known only by their address: a saved page without a site name, a newsletter item that
/// links an outlet without naming it ("seoulmorningpost.example"). The ingestor names them as the
/// outlet names itself elsewhere (<see cref="Dedup.AttributionFinder.SelfCredit"/>, and the name its
/// other stored articles carry).
/// </summary>
public static class OutletNames
{
    /// <summary>True for an outlet written as a host name: one word with a dot and no spaces ("yna.co.kr", not "N.Y. Post").</summary>
    public static bool IsHost(string? outlet) =>
        !string.IsNullOrEmpty(outlet) && !outlet.Any(char.IsWhiteSpace)
        && outlet.IndexOf('.', StringComparison.Ordinal) is var dot && dot > 0 && dot < outlet.Length - 1;

    /// <summary>The host as canonical addresses spell it (lower case, no "www.", "m.", "amp." or "mobile.").</summary>
    public static string HostKey(string host)
    {
        var h = host.Trim().TrimEnd('.').ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "amp.", "m.", "mobile." })
        {
            if (h.StartsWith(prefix, StringComparison.Ordinal) && h.Length > prefix.Length + 3)
            {
                h = h[prefix.Length..];
            }
        }

        return h;
    }

    /// <summary>The first label of a host ("peninsulawire" of "www.peninsulawire.example").</summary>
    public static string FirstLabel(string host) => HostKey(host).Split('.')[0];

    /// <summary>The prefix of the canonical addresses (<see cref="Dedup.UrlCanonicalizer"/>) on a host: "//host/".</summary>
    public static string CanonicalPrefix(string host) => "//" + HostKey(host) + "/";
}

using Newsdesk.Core.Parsing.Uris;

namespace Newsdesk.Core.Parsing.Xml;

/// <summary>Computes the xml:base and xml:lang an element inherits or declares.</summary>
internal static class TreeScope
{
    public static string? Base(string? parentBase, string? declared)
    {
        if (declared is null)
        {
            return parentBase;
        }

        var resolved = UriResolver.Resolve(parentBase, declared);
        return UriResolver.IsSafeBase(resolved) ? resolved : parentBase;
    }

    public static string? Language(string? parentLanguage, string? declared) =>
        declared is null ? parentLanguage : NormalizeLanguage(declared);

    /// <summary>Trims, maps "en_US" to "en-US" (BCP 47 uses hyphens) and turns a blank value into null.</summary>
    public static string? NormalizeLanguage(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var v = value.Trim();
        return v.Length == 0 ? null : v.Replace('_', '-');
    }
}

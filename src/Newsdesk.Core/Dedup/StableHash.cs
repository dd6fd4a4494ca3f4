namespace Newsdesk.Core.Dedup;

/// <summary>
/// A 64-bit hash that is the same in every process and on every machine (string.GetHashCode is
/// randomised per process), for features, shingles and sketches that must be deterministic.
/// FNV-1a over UTF-16 code units, finished with the SplitMix64 mixer so low bits spread well.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a string under a one-character namespace (so "t:korea" and "e:korea" differ).</summary>
    public static ulong Of(char kind, ReadOnlySpan<char> value)
    {
        var h = (Offset ^ kind) * Prime;
        foreach (var c in value)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Combines an ordered pair of hashes (shingles are chains of these).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + b + 0x9E3779B97F4A7C15UL);

    /// <summary>SplitMix64 finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

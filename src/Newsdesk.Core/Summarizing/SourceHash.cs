using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// Fingerprint of exactly what a summary was computed from: the summary length and every source's
/// title and text, byte for byte. Unlike the normalised content hash, a punctuation change moves
/// sentence spans, so it must make the summary stale.
/// </summary>
public static class SourceHash
{
    public static string Of(SummaryLength length, IEnumerable<SummarySource> sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(sha, "extractive/" + length);
        foreach (var source in sources)
        {
            Append(sha, source.Title ?? "");
            Append(sha, source.Text);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 16));
    }

    private static void Append(IncrementalHash sha, string value)
    {
        sha.AppendData(Encoding.UTF8.GetBytes(value));
        sha.AppendData([0]);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Dedup;

/// <summary>Hash of a text after normalisation, so that whitespace, case and punctuation changes don't count.</summary>
public static class TextFingerprint
{
    /// <summary>Lower-cased letters and digits, one space between words.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Hex SHA-256 (first 128 bits) of the normalised text.</summary>
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text)), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}

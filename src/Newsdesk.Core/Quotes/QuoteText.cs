using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Quotes;

/// <summary>Quote identity across outlets: the words only, lower case, so curly and straight punctuation and spacing do not matter.</summary>
public static class QuoteText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’'))
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>SHA-256 of the normalised text, 64 hex digits (<see cref="Quote.TextHash"/>).</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));

    /// <summary>True when every part of the quote appears exactly, character for character, in the source text.</summary>
    public static bool IsVerbatimIn(string quote, string source) =>
        quote.Length > 0 && quote.Split("\n\n").All(part => part.Length > 0 && source.Contains(part, StringComparison.Ordinal));
}

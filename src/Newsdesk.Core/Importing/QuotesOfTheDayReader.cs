using System.Text.RegularExpressions;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads a "quotes of the day" block: each quote on one or more lines, then its attribution on a
/// line starting with a dash ("– Mark Twain", "— Name, role"), or both on one line.
/// </summary>
public static partial class QuotesOfTheDayReader
{
    [GeneratedRegex(@"^[–—―~-]+\s*(?<who>\p{L}[^""“”]{0,150})$", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(?<text>[""“].+[""”])\s*[–—―~-]+\s*(?<who>\p{L}[^""“”]{0,150})$", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteAndAttribution();

    public static IReadOnlyList<CuratedQuote> Read(IReadOnlyList<string> lines)
    {
        var quotes = new List<CuratedQuote>();
        var pending = new List<string>();
        foreach (var raw in lines)
        {
            var line = BodyBlocks.Plain(raw.TrimStart('>', ' '));
            if (QuoteAndAttribution().Match(line) is { Success: true } both)
            {
                quotes.Add(Make(both.Groups["text"].Value, both.Groups["who"].Value));
                pending.Clear();
            }
            else if (Attribution().Match(line) is { Success: true } who && pending.Count > 0)
            {
                quotes.Add(Make(string.Join(" ", pending), who.Groups["who"].Value));
                pending.Clear();
            }
            else
            {
                pending.Add(line);
            }
        }

        return quotes;
    }

    private static CuratedQuote Make(string text, string who)
    {
        text = text.Trim();
        if (text.Length >= 2 && text[0] is '"' or '“' && text[^1] is '"' or '”')
        {
            text = text[1..^1].Trim();
        }

        var comma = who.IndexOf(',', StringComparison.Ordinal);
        var speaker = (comma > 0 ? who[..comma] : who).Trim();
        var role = comma > 0 ? who[(comma + 1)..].Trim() : null;
        return new CuratedQuote(text, speaker, string.IsNullOrEmpty(role) ? null : role);
    }
}

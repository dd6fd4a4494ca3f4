namespace Newsdesk.Core.Parsing;

/// <summary>A DCMI Period (dcterms:valid): when the feed or entry is valid, either end optional.</summary>
public sealed record FeedPeriod(FeedDate? Start, FeedDate? End)
{
    /// <summary>Reads "start=...; end=...; scheme=W3C-DTF", or null when neither end is given.</summary>
    internal static FeedPeriod? Parse(string text)
    {
        FeedDate? start = null, end = null;
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var name = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            if (name.Equals("start", StringComparison.OrdinalIgnoreCase))
            {
                start = DateElements.Read(value);
            }
            else if (name.Equals("end", StringComparison.OrdinalIgnoreCase))
            {
                end = DateElements.Read(value);
            }
        }

        return start is null && end is null ? null : new FeedPeriod(start, end);
    }
}

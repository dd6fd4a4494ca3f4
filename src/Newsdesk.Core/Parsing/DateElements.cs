using Newsdesk.Core.Parsing.Dates;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing;

/// <summary>Reads a date element into a <see cref="FeedDate"/>.</summary>
internal static class DateElements
{
    public static FeedDate? Read(ParsedElement e) => Read(e.Text);

    public static FeedDate? Read(string? text)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : new FeedDate(t, FeedDateParser.Parse(t));
    }
}

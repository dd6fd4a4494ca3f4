using Newsdesk.Core.Quotes;

namespace Newsdesk.Core.Briefs;

/// <summary>A quote chosen as one of the brief's quotes of the day.</summary>
public sealed class BriefQuote
{
    public long Id { get; set; }

    public long BriefId { get; set; }

    public Brief? Brief { get; set; }

    public long QuoteId { get; set; }

    public Quote? Quote { get; set; }

    public int Position { get; set; }
}

namespace Newsdesk.Core.Importing;

/// <summary>Metadata gathered from the lines around an article's title (bylines, dates, links, masthead).</summary>
public sealed class ArticleHeader
{
    public string? Title { get; set; }

    public string? Byline { get; set; }

    /// <summary>True when the byline came from an explicit "By ..." line, which beats one found in a domain line.</summary>
    public bool BylineExplicit { get; set; }

    /// <summary>The best-evidenced outlet name so far.</summary>
    public string? Outlet { get; private set; }

    public OutletEvidence OutletEvidence { get; private set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public string? Section { get; set; }

    /// <summary>The standfirst under the headline.</summary>
    public string? Dek { get; set; }

    public List<string> Links { get; } = [];

    public List<string> Captions { get; } = [];

    /// <summary>Every line read as metadata, so the same line repeated at the end can be recognised as junk.</summary>
    public List<string> Lines { get; } = [];

    public string? Language { get; set; }

    /// <summary>Takes the name when its evidence is stronger than what named the outlet so far.</summary>
    public void OfferOutlet(string? name, OutletEvidence evidence)
    {
        name = name?.Trim();
        if (!string.IsNullOrEmpty(name) && evidence > OutletEvidence)
        {
            Outlet = name;
            OutletEvidence = evidence;
        }
    }
}

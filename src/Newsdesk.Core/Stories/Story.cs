using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Stories;

/// <summary>One news event: the articles that report it, in time order.</summary>
public sealed class Story
{
    public long Id { get; set; }

    /// <summary>A representative headline, taken from its articles.</summary>
    public string Headline { get; set; } = "";

    /// <summary>Top keywords, comma separated.</summary>
    public string Keywords { get; set; } = "";

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int ArticleCount { get; set; }

    /// <summary>
    /// Whether two of its articles give disjoint figures for the same thing (<see cref="Figures.FigureComparer"/>),
    /// kept by <see cref="StoryFigureCheck"/> as articles arrive, change or merge in; null until first checked.
    /// </summary>
    public bool? FiguresDisagree { get; set; }

    /// <summary>Set when this story was merged into another; its articles moved there.</summary>
    public long? MergedIntoId { get; set; }

    public List<Article> Articles { get; set; } = [];

    /// <summary>The longest headline and keyword list stored (the columns' length).</summary>
    public const int MaxTextLength = 1024;

    /// <summary>Takes the headline and keywords the clusterer describes (ingestion, merges and moves alike).</summary>
    public void Describe(StorySummary summary)
    {
        Headline = Fit(summary.Headline);
        Keywords = Fit(string.Join(", ", summary.Keywords));
    }

    private static string Fit(string s) => s.Length <= MaxTextLength ? s : s[..MaxTextLength];
}

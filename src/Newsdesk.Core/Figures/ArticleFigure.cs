using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Figures;

/// <summary>A figure found in a stored article (see <see cref="Figure"/>); spans index the article's <see cref="Article.Text"/>.</summary>
public sealed class ArticleFigure
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article? Article { get; set; }

    public FigureKind Kind { get; set; }

    public double Value { get; set; }

    public double? High { get; set; }

    public FigureQualifier Qualifier { get; set; }

    public string Unit { get; set; } = "";

    public string? Thing { get; set; }

    public string? ThingKey { get; set; }

    public string? Source { get; set; }

    public bool Expected { get; set; }

    /// <summary>The phrase as written ("up to 15,000 troops").</summary>
    public string Text { get; set; } = "";

    public int Start { get; set; }

    public int Length { get; set; }

    public int SentenceStart { get; set; }

    public int SentenceLength { get; set; }

    /// <summary>Entity keys of the figure's sentence, space separated.</summary>
    public string Context { get; set; } = "";

    public static ArticleFigure From(Figure f) => new()
    {
        Kind = f.Kind,
        Value = f.Value,
        High = f.High,
        Qualifier = f.Qualifier,
        Unit = f.Unit,
        Thing = Truncate(f.Thing, 256),
        ThingKey = Truncate(f.ThingKey, 64),
        Source = Truncate(f.Source, 512),
        Expected = f.Expected,
        Text = Truncate(f.Text, 512)!,
        Start = f.Start,
        Length = f.Length,
        SentenceStart = f.SentenceStart,
        SentenceLength = f.SentenceLength,
        Context = Truncate(string.Join(' ', f.Context), 1024)!,
    };

    public IReadOnlyList<string> ContextKeys => Context.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}

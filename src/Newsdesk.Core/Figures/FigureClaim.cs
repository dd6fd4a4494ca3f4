namespace Newsdesk.Core.Figures;

/// <summary>One value of a disputed figure ("around 13,000 troops"), with every article that states it.</summary>
public sealed record FigureClaim(string Text, double Low, double High, FigureQualifier Qualifier, IReadOnlyList<FigureSighting> Sightings)
{
    /// <summary>The outlets stating this value, in order of first publication, without repeats.</summary>
    public IReadOnlyList<string> Outlets => Sightings.Select(s => s.Outlet ?? "unknown outlet").Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Who the articles say the figure comes from, the most often given first; null when none says.</summary>
    public string? Source => Sightings.Select(s => s.Figure.Source).OfType<string>().Where(s => s.Length > 0)
        .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}

namespace Newsdesk.Core.Sources;

/// <summary>What an editor may change on a source: how it is shown and filed, and how its pages are read.</summary>
public sealed record SourceEdit(string Title)
{
    /// <summary>OPML category path ("Korea/Defense").</summary>
    public string? Category { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>CSS selectors (one per line, or comma-separated) of the elements that hold the article.</summary>
    public string? KeepSelectors { get; init; }

    /// <summary>CSS selectors of elements to drop before extraction.</summary>
    public string? RemoveSelectors { get; init; }

    /// <summary>Tags as typed in one field: separated by commas, trimmed, duplicates (any case) dropped.</summary>
    public static IReadOnlyList<string> ParseTags(string? text) =>
        CleanTags((text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static List<string> CleanTags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

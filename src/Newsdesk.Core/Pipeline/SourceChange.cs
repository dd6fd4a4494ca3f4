using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>What a change to the sources did: the source touched, or why nothing was done (for the editor).</summary>
public sealed record SourceChange(Source? Source, string? Problem)
{
    public bool Succeeded => Problem is null;

    /// <summary>Nothing was done because the source named does not exist.</summary>
    public bool NotFound { get; init; }

    /// <summary>Nothing was done because the feed is already followed.</summary>
    public bool AlreadyFollowed { get; init; }

    public static SourceChange Done(Source source) => new(source, null);

    public static SourceChange Refused(string problem) => new(null, problem);

    public static SourceChange Missing(string idOrUrl) => new(null, $"No source has the id or URL '{idOrUrl}'.") { NotFound = true };
}

using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>What a change to the sources did: the source touched, or why nothing was done (for the editor).</summary>
public sealed record SourceChange(Source? Source, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static SourceChange Done(Source source) => new(source, null);

    public static SourceChange Refused(string problem) => new(null, problem);
}

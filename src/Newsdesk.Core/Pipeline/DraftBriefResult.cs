using Newsdesk.Core.Briefs;

namespace Newsdesk.Core.Pipeline;

/// <summary>Why no brief was drafted, or the brief that was.</summary>
public sealed record DraftBriefResult(Brief? Brief, bool Redrafted, string? Problem);

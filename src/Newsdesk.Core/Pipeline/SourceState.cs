namespace Newsdesk.Core.Pipeline;

/// <summary>A source's health in one word, as the sources page filters and badges it.</summary>
public enum SourceState
{
    /// <summary>Never fetched successfully yet, and not failing.</summary>
    New,

    /// <summary>The last check succeeded.</summary>
    Ok,

    /// <summary>Failing: checks back off; disabled at the failure limit.</summary>
    Failing,

    /// <summary>Not checked (after repeated failures, or by hand), with the reason kept.</summary>
    Disabled,
}

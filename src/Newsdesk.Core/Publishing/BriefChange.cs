namespace Newsdesk.Core.Publishing;

/// <summary>How a change to a brief ended.</summary>
public enum BriefChangeStatus
{
    Saved,
    NotFound,
    Invalid,

    /// <summary>Someone saved the brief after the version this change was based on; nothing was written.</summary>
    Conflict,
}

/// <summary>
/// The outcome of a change to a brief: on success the new version; on a conflict the version and
/// time of the save that won, so the editor can be told plainly what happened.
/// </summary>
public sealed record BriefChange(BriefChangeStatus Status, long BriefId, int Version, DateTimeOffset? UpdatedAt = null, string? Message = null)
{
    public bool Succeeded => Status == BriefChangeStatus.Saved;

    public static BriefChange NotFound(long id) => new(BriefChangeStatus.NotFound, id, 0, null, $"Brief {id} does not exist.");

    public static BriefChange Invalid(long id, int version, string message) => new(BriefChangeStatus.Invalid, id, version, null, message);

    public static BriefChange Conflict(long id, int currentVersion, DateTimeOffset updatedAt, int yourVersion) => new(
        BriefChangeStatus.Conflict, id, currentVersion, updatedAt,
        $"Another editor saved this brief at {updatedAt:yyyy-MM-dd HH:mm} UTC after you opened it (you had version {yourVersion}, it is now version {currentVersion}). "
        + "Your changes were not saved and theirs were not overwritten: reload to see their version, then apply your changes again.");
}

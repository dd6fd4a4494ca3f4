using Newsdesk.Core.Publishing;

namespace Newsdesk.Web.Api;

/// <summary>Brief changes as HTTP results: ProblemDetails for every failure, with the current version on conflicts.</summary>
internal static class ApiResults
{
    public static IResult From(BriefChange change, Func<BriefChange, IResult> ok) => change.Status switch
    {
        BriefChangeStatus.Saved => ok(change),
        BriefChangeStatus.NotFound => Results.Problem(statusCode: 404, title: "Not found", detail: change.Message),
        BriefChangeStatus.Conflict => Results.Problem(statusCode: 409, title: "Edit conflict", detail: change.Message,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = change.Version, ["updatedAt"] = change.UpdatedAt }),
        _ => Results.Problem(statusCode: 400, title: "Invalid change", detail: change.Message),
    };

    public static IResult NotFound(string what) => Results.Problem(statusCode: 404, title: "Not found", detail: what + " does not exist.");

    /// <summary>Reads an enum query value case-insensitively; absent means the enum's default.</summary>
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        return string.IsNullOrWhiteSpace(value) || (Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _));
    }

    public static IResult BadRequest(string detail) => Results.Problem(statusCode: 400, title: "Bad request", detail: detail);
}

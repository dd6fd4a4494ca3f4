using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Briefs;

/// <summary>
/// A published brief's edition (<see cref="Brief.Edition"/>): its rendered view as JSON, so the archive,
/// the feeds and the mail keep showing what readers got while the stories behind it grow, merge and split.
/// </summary>
public static class BriefEditions
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // "more than 10 million" is stored as an open range.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(BriefView view) => JsonSerializer.Serialize(view, Options);

    /// <summary>The stored edition; null when there is none or it cannot be read (the caller shows the store as it is now).</summary>
    public static BriefView? Read(string? edition)
    {
        if (string.IsNullOrEmpty(edition))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BriefView>(edition, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

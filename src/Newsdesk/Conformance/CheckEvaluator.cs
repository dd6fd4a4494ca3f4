using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Newsdesk.Conformance;

/// <summary>Implements every check operation of the vectors' README on the adapted result.</summary>
internal static class CheckEvaluator
{
    public static bool Holds(ConformanceCheck check, JsonNode root, out string actual)
    {
        var node = ResultPath.Evaluate(root, check.Path, out var found);
        actual = found ? (node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null") : "(missing)";
        var expected = check.Value is { } v ? JsonNode.Parse(v.GetRawText()) : null;
        return check.Op switch
        {
            "equals" => found && JsonEquals(node, expected),
            "html_equals" => found && Str(node) is { } a && Str(expected) is { } b && (a == b || HtmlCanonical.Of(a) == HtmlCanonical.Of(b)),
            "equals_ci" => found && Str(node) is { } s && EqualsCi(s, Str(expected), check.Equivalents),
            "one_of" => found && expected is JsonArray options && options.Any(o => JsonEquals(node, o)),
            "date_equals" => found && Date(Str(node)) is { } d && Date(Str(expected)) == d,
            "duration_seconds_equals" => found && Number(node) is { } x && Number(expected) is { } y && Math.Abs(x - y) < 1e-6,
            "length_equals" => node is JsonArray array && array.Count == (int)(Number(expected) ?? -1),
            "length_at_least" => node is JsonArray list && list.Count >= (int)(Number(expected) ?? int.MaxValue),
            "contains" => found && Contains(node, expected),
            "not_contains" => !found || !Contains(node, expected),
            "null" => node is null,
            "not_null" => node is not null,
            "absent" or "empty" => IsEmpty(node),
            "truthy" => Truthy(node),
            "falsy" => !Truthy(node),
            _ => false,
        };
    }

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static double? Number(JsonNode? n)
    {
        if (n is not JsonValue v)
        {
            return null;
        }

        if (v.TryGetValue<bool>(out var b))
        {
            return b ? 1 : 0;
        }

        return v.GetValueKind() == JsonValueKind.Number ? double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>JSON equality with the vectors' Python origins: numbers compare by value and true == 1, false == 0.</summary>
    private static bool JsonEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is JsonArray xa && b is JsonArray xb)
        {
            return xa.Count == xb.Count && xa.Zip(xb).All(p => JsonEquals(p.First, p.Second));
        }

        if (Number(a) is { } na && Number(b) is { } nb)
        {
            return Math.Abs(na - nb) < 1e-9;
        }

        return JsonNode.DeepEquals(a, b);
    }

    private static bool EqualsCi(string actual, string? expected, IReadOnlyList<string>? equivalents) =>
        string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)
        || (equivalents?.Any(e => string.Equals(actual, e, StringComparison.OrdinalIgnoreCase)) ?? false);

    private static DateTimeOffset? Date(string? s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.ToUniversalTime() : null;

    private static bool Contains(JsonNode? node, JsonNode? expected) => node switch
    {
        JsonArray array => array.Any(item => JsonEquals(item, expected)),
        JsonValue when Str(node) is { } s && Str(expected) is { } sub => s.Contains(sub, StringComparison.Ordinal),
        _ => false,
    };

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        _ => Str(node) == "",
    };

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        _ => Str(node) is { } s ? s.Length > 0 : Number(node) is { } n && n != 0,
    };
}

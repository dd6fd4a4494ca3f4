using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Conformance;

/// <summary>A vectors file (see ../shared/benchmarks/feeds/README.md): documents with the checks a parser must pass.</summary>
internal sealed record ConformanceVectorFile(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("vectors")] IReadOnlyList<ConformanceVector> Vectors);

internal sealed record ConformanceVector(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("tier")] string Tier,
    [property: JsonPropertyName("bozo")] bool? Bozo,
    [property: JsonPropertyName("xml_base64")] string Base64,
    [property: JsonPropertyName("http")] ConformanceHttp? Http,
    [property: JsonPropertyName("features")] IReadOnlyList<string>? Features,
    [property: JsonPropertyName("checks")] IReadOnlyList<ConformanceCheck> Checks)
{
    public bool IsCore => Tier == "core";
}

internal sealed record ConformanceHttp(
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("content_type")] string? ContentType,
    [property: JsonPropertyName("headers")] Dictionary<string, string>? Headers);

internal sealed record ConformanceCheck(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("op")] string Op,
    [property: JsonPropertyName("value")] JsonElement? Value,
    [property: JsonPropertyName("equivalents")] IReadOnlyList<string>? Equivalents,
    [property: JsonPropertyName("feature")] string? Feature);

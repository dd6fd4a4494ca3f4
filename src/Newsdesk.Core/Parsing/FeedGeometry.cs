namespace Newsdesk.Core.Parsing;

/// <summary>
/// A GeoRSS location: a point, line, polygon (its exterior ring) or box. Coordinates are in
/// GeoJSON order (longitude, latitude[, altitude]) for latitude/longitude reference systems, and
/// in document order for projected ones (e.g. UTM), so they can be handed to map libraries as-is.
/// </summary>
public sealed record FeedGeometry(string Kind, IReadOnlyList<IReadOnlyList<double>> Coordinates, string? ReferenceSystem = null)
{
    public const string Point = "Point";
    public const string LineString = "LineString";
    public const string Polygon = "Polygon";
    public const string Box = "Box";
}

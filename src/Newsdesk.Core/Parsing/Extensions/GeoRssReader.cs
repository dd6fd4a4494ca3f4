using System.Globalization;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Extensions;

/// <summary>Reads GeoRSS Simple (georss:point/line/polygon/box) and GeoRSS GML (georss:where, gml:*) locations.</summary>
internal static class GeoRssReader
{
    /// <summary>Reference systems whose coordinates are written latitude first (to swap into GeoJSON order).</summary>
    private static readonly string[] LatitudeFirstSystems = ["4326", "4979", "4269", "WGS84"];

    public static FeedGeometry? Read(ParsedElement e)
    {
        if (e.Ns == Ns.GeoRss)
        {
            return e.Name switch
            {
                "point" => Shape(FeedGeometry.Point, e.Text, null, 2, min: 1, max: 1),
                "line" => Shape(FeedGeometry.LineString, e.Text, null, 2, min: 2),
                "polygon" => Shape(FeedGeometry.Polygon, e.Text, null, 2, min: 4),
                "box" => Shape(FeedGeometry.Box, e.Text, null, 2, min: 2, max: 2),
                "where" => e.Elements().Where(c => c.Ns == Ns.Gml).Select(Gml).FirstOrDefault(g => g is not null),
                _ => null,
            };
        }

        return Gml(e);
    }

    private static FeedGeometry? Gml(ParsedElement e)
    {
        var srs = e.Attr("srsName");
        var dimension = Links.Int(e.Attr("srsDimension")) ?? 2;
        switch (e.Name)
        {
            case "point":
                return Shape(FeedGeometry.Point, Descendant(e, "pos")?.Text, srs, dimension, min: 1, max: 1);
            case "linestring":
                return Shape(FeedGeometry.LineString, Descendant(e, "poslist")?.Text, srs, dimension, min: 2);
            case "polygon":
                return Shape(FeedGeometry.Polygon, Descendant(e, "poslist")?.Text, srs, dimension, min: 4);
            case "envelope":
                var lower = Descendant(e, "lowercorner")?.Text;
                var upper = Descendant(e, "uppercorner")?.Text;
                return lower is null || upper is null ? null : Shape(FeedGeometry.Box, lower + " " + upper, srs, dimension, min: 2, max: 2);
            default:
                return null;
        }
    }

    private static ParsedElement? Descendant(ParsedElement e, string name)
    {
        foreach (var child in e.Elements())
        {
            if (child.Name == name)
            {
                return child;
            }

            if (Descendant(child, name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static FeedGeometry? Shape(string kind, string? text, string? srs, int dimension, int min, int max = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(text) || dimension is < 2 or > 3)
        {
            return null;
        }

        var numbers = new List<double>();
        foreach (var token in text.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            numbers.Add(n);
        }

        if (numbers.Count == 0 || numbers.Count % dimension != 0)
        {
            return null;
        }

        var count = numbers.Count / dimension;
        if (count < min || count > max)
        {
            return null;
        }

        var swap = srs is null || Array.Exists(LatitudeFirstSystems, s => srs.Contains(s, StringComparison.OrdinalIgnoreCase));
        var points = new List<IReadOnlyList<double>>(count);
        for (var i = 0; i < count; i++)
        {
            var p = new double[dimension];
            for (var d = 0; d < dimension; d++)
            {
                p[d] = numbers[(i * dimension) + d];
            }

            if (swap)
            {
                (p[0], p[1]) = (p[1], p[0]);
            }

            points.Add(p);
        }

        return new FeedGeometry(kind, points, srs);
    }
}

using System.Text.Json.Serialization;

namespace Newsdesk.Core.Figures;

/// <summary>What a figure measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FigureKind>))]
public enum FigureKind
{
    /// <summary>A number of things: troops, shells, containers.</summary>
    Count = 0,

    /// <summary>An amount of money, normalised to units of its currency.</summary>
    Money = 1,

    /// <summary>A share, in percent.</summary>
    Percent = 2,

    /// <summary>A physical quantity normalised to a base unit: distance in km, weight in tonnes, speed in km/h.</summary>
    Measure = 3,

    /// <summary>A length of time, normalised to days.</summary>
    Duration = 4,

    /// <summary>A calendar date or year; Value is the year, High unused.</summary>
    Date = 5,
}

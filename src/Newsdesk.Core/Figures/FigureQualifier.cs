using System.Text.Json.Serialization;

namespace Newsdesk.Core.Figures;

/// <summary>How a figure's number is hedged in the text ("up to", "more than", "about", a range).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FigureQualifier>))]
public enum FigureQualifier
{
    Exact = 0,

    /// <summary>about, around, approximately, roughly, some, an estimated, "or so".</summary>
    Approximately = 1,

    /// <summary>more than, over, at least, upwards of, "or more".</summary>
    AtLeast = 2,

    /// <summary>up to, as many as, at most, no more than.</summary>
    UpTo = 3,

    /// <summary>less than, fewer than, under, below.</summary>
    LessThan = 4,

    /// <summary>nearly, almost, close to, just under.</summary>
    Nearly = 5,

    /// <summary>between X and Y, X to Y, X-Y: Value is the low end, High the high end.</summary>
    Range = 6,
}

using System.Text.Json.Serialization;

namespace Newsdesk.Core.Entities;

/// <summary>What sort of named thing an entity is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityKind>))]
public enum EntityKind
{
    Person = 0,
    Organization = 1,
    Place = 2,

    /// <summary>Any other named thing: a weapon system, an exercise, a treaty, an event.</summary>
    Other = 3,
}

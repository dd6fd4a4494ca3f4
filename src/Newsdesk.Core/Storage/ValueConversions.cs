using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Storage;

/// <summary>Stores an instant as its UTC ticks (SQLite).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>Normalises an instant to UTC before it reaches the provider (PostgreSQL timestamptz).</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());

/// <summary>Stores a block list as JSON text.</summary>
public sealed class BlocksConverter() : ValueConverter<List<Block>, string>(
    v => ArticleBody.Serialize(v),
    v => ArticleBody.Deserialize(v).ToList());

/// <summary>Stores a string list as a JSON array.</summary>
public sealed class StringListConverter() : ValueConverter<List<string>, string>(
    v => JsonSerializer.Serialize(v, BlockJsonContext.Default.ListString),
    v => string.IsNullOrEmpty(v) ? new List<string>() : JsonSerializer.Deserialize(v, BlockJsonContext.Default.ListString) ?? new List<string>());

internal static class ValueComparers
{
    public static readonly ValueComparer<List<Block>> Blocks = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x.Text)),
        v => v.ToList());

    public static readonly ValueComparer<List<string>> Strings = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        v => v.ToList());
}

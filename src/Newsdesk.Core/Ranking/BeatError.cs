namespace Newsdesk.Core.Ranking;

/// <summary>A problem in a beat file, where it is (1-based line and column) and which field.</summary>
public sealed record BeatError(int Line, int Column, string Field, string Message)
{
    public override string ToString() => Field.Length == 0
        ? $"line {Line}, column {Column}: {Message}"
        : $"line {Line}, column {Column}: {Field}: {Message}";
}

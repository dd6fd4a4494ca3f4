namespace Newsdesk.Core.Accounts;

/// <summary>The outcome of an account change: the value, or a message for the person who asked.</summary>
public sealed record AccountResult<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static AccountResult<T> Ok(T value) => new(value, null);

    public static AccountResult<T> Fail(string error) => new(default, error);
}

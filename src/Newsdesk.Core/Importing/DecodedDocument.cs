namespace Newsdesk.Core.Importing;

/// <summary>A file's text, or why it could not be read as text.</summary>
public sealed record DecodedDocument(string? Text, string? Error)
{
    public static DecodedDocument Fail(string error) => new(null, error);
}

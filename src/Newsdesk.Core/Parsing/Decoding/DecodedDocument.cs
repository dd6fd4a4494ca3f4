namespace Newsdesk.Core.Parsing.Decoding;

/// <summary>The document as text, the encoding it was read with, and what was wrong with its declarations.</summary>
internal sealed record DecodedDocument(string Text, string EncodingName, string? Problem);

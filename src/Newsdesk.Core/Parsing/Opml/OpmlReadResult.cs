namespace Newsdesk.Core.Parsing.Opml;

/// <summary>The outcome of reading an OPML file: a document (possibly with a warning about recovered damage) or an error saying why it is not OPML.</summary>
public sealed record OpmlReadResult(OpmlDocument? Document, string? Error, string? Warning = null)
{
    public bool Success => Document is not null;
}

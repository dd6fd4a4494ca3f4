namespace Newsdesk.Core.Importing;

/// <summary>One item of a compiled digest: its number and title in the contents, and its lines.</summary>
public sealed record DigestItem(int Number, string TocTitle, IReadOnlyList<string> Lines);

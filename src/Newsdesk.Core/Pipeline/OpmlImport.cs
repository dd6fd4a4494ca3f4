namespace Newsdesk.Core.Pipeline;

/// <summary>What an OPML import did: sources added, outlines skipped as already followed, and one
/// line per outline that could not be imported (the import goes on past them).</summary>
public sealed record OpmlImport(int Added, int AlreadyFollowed, IReadOnlyList<string> Problems);

using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Importing;

/// <summary>What one file yielded: its articles and curated quotes, or why it could not be read.</summary>
public sealed record ImportedDocument(string Path, IReadOnlyList<ArticleDraft> Articles, IReadOnlyList<CuratedQuote> Quotes, string? Error)
{
    public static ImportedDocument Fail(string path, string error) => new(path, [], [], error);
}

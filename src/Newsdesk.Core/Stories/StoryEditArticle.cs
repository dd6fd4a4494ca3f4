namespace Newsdesk.Core.Stories;

/// <summary>
/// An article a merge moved (<see cref="StoryEditKind.MergedAway"/>, by <see cref="EditId"/>): undoing the
/// merge (<see cref="Pipeline.UnmergeStory"/>) takes exactly these back out, and leaves the articles that
/// joined the merged story since.
/// </summary>
public sealed class StoryEditArticle
{
    public long EditId { get; set; }

    public long ArticleId { get; set; }
}

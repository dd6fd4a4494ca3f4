namespace Newsdesk.Core.Stories;

/// <summary>
/// A change to a story's articles after the clusterer placed them (an editor's merge, move or
/// confirmation, or the clusterer's own split), in the order of the changes. Every process that
/// clusters new articles keeps its own live copy of the window; before its next batch it rebuilds the
/// stories logged since it last looked, so a correction made in the newsroom reaches a worker on another
/// machine without a restart. The same rows are the story's history on its page.
/// </summary>
public sealed class StoryEdit
{
    public long Id { get; set; }

    public long StoryId { get; set; }

    public DateTimeOffset At { get; set; }

    public StoryEditKind Kind { get; set; }

    /// <summary>The article moved, split off or confirmed (with its copies: <see cref="Articles"/>).</summary>
    public long? ArticleId { get; set; }

    /// <summary>How many articles the change moved: the article and its copies, a merged story's all, or those an unmerge took back.</summary>
    public int Articles { get; set; }

    /// <summary>The story on the other side of a move, split, merge or unmerge.</summary>
    public long? OtherStoryId { get; set; }

    /// <summary>The editor who made the change; null when the clusterer made it (a split).</summary>
    public string? By { get; set; }

    /// <summary>A split's later report: it fitted the split-off article better than the article's story, and joined it.</summary>
    public long? CauseArticleId { get; set; }

    /// <summary>Longest editor name kept (the user name, or "NAME (command line)").</summary>
    public const int MaxByLength = 128;

    /// <summary>An editor's move, logged on both stories.</summary>
    internal static (StoryEdit Out, StoryEdit In) Moved(long articleId, int articles, long fromId, long intoId, DateTimeOffset at, string editor) =>
        (new StoryEdit { StoryId = fromId, At = at, Kind = StoryEditKind.MovedOut, ArticleId = articleId, Articles = articles, OtherStoryId = intoId, By = Editor(editor) },
         new StoryEdit { StoryId = intoId, At = at, Kind = StoryEditKind.MovedIn, ArticleId = articleId, Articles = articles, OtherStoryId = fromId, By = Editor(editor) });

    /// <summary>The clusterer's split, logged on both stories, with the report that caused it.</summary>
    internal static (StoryEdit Out, StoryEdit In) Split(long articleId, int articles, long fromId, long intoId, DateTimeOffset at, long causeId) =>
        (new StoryEdit { StoryId = fromId, At = at, Kind = StoryEditKind.SplitOut, ArticleId = articleId, Articles = articles, OtherStoryId = intoId, CauseArticleId = causeId },
         new StoryEdit { StoryId = intoId, At = at, Kind = StoryEditKind.SplitIn, ArticleId = articleId, Articles = articles, OtherStoryId = fromId, CauseArticleId = causeId });

    internal static string? Editor(string? by) => by is { Length: > MaxByLength } ? by[..MaxByLength] : by;
}

/// <summary>What a <see cref="StoryEdit"/> did to its story. Stored as a number: append only.</summary>
public enum StoryEditKind
{
    /// <summary>Logged before the kind was kept: the story changed, no more is known.</summary>
    Edited = 0,

    /// <summary>An editor moved the article (and its copies) out to the other story.</summary>
    MovedOut = 1,

    /// <summary>An editor moved the article (and its copies) here from the other story.</summary>
    MovedIn = 2,

    /// <summary>The clusterer took a weakly joined article (and its copies) out to start the other story with a later report that fitted it better.</summary>
    SplitOut = 3,

    /// <summary>The clusterer started this story with an article split off the other story.</summary>
    SplitIn = 4,

    /// <summary>An editor merged the other story into this one.</summary>
    MergedIn = 5,

    /// <summary>An editor merged this story into the other one.</summary>
    MergedAway = 6,

    /// <summary>An editor confirmed that the article, a join to check, reports this story's event.</summary>
    Confirmed = 7,

    /// <summary>An editor undid this story's merge into the other story: the articles it gave came back.</summary>
    Unmerged = 8,

    /// <summary>An editor undid the merge of the other story into this one: the articles it gave went back to it.</summary>
    UnmergedOut = 9,
}

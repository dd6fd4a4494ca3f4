using System.Globalization;

namespace Newsdesk.Core.Stories;

/// <summary>
/// One entry of a story's history (<see cref="StoryEdit"/>), with the article's title and the other
/// story's headline as they are now.
/// </summary>
public sealed record StoryChange(
    DateTimeOffset At, StoryEditKind Kind, string? By, long? ArticleId, string? ArticleTitle, int Articles, long? OtherStoryId, string? OtherHeadline,
    long? CauseArticleId = null, string? CauseTitle = null)
{
    /// <summary>Who made the change, as the history says it.</summary>
    public string Who => By ?? "Newsdesk";

    /// <summary>The change as a sentence (the command line's and the API's text; the story page links the same parts).</summary>
    public string Text => Kind switch
    {
        StoryEditKind.MovedOut => $"{Who} moved {Article} to story {Other}.",
        StoryEditKind.MovedIn => $"{Who} moved {Article} here from story {Other}.",
        StoryEditKind.SplitOut => $"{Who} split {Article} off into story {Other}: {Cause} fitted it better than this story.",
        StoryEditKind.SplitIn => $"{Who} started this story with {Article}, split off story {Other}: {Cause} fitted it better than that story.",
        StoryEditKind.MergedIn => $"{Who} merged story {Other} into this one ({Count(Articles, "article")}).",
        StoryEditKind.MergedAway => $"{Who} merged this story into story {Other}.",
        StoryEditKind.Confirmed => $"{Who} confirmed that {Article} reports this story's event.",
        _ => "Changed by an editor (logged before Newsdesk kept the details).",
    };

    /// <summary>" and N copies" after a moved article's title, when its copies went with it.</summary>
    public string CopiesNote => Kind is StoryEditKind.MovedOut or StoryEditKind.MovedIn or StoryEditKind.SplitOut or StoryEditKind.SplitIn && Articles > 1
        ? " and " + Count(Articles - 1, "copy")
        : "";

    private string Article => $"“{ArticleTitle ?? $"article {ArticleId}"}”{CopiesNote}";

    private string Cause => CauseArticleId is null ? "a later report" : $"the later report “{CauseTitle ?? $"article {CauseArticleId}"}”";

    private string Other => OtherStoryId?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? noun : noun == "copy" ? "copies" : noun + "s")}");
}

using System.Globalization;

namespace Newsdesk.Core.Stories;

/// <summary>
/// One entry of a story's history (<see cref="StoryEdit"/>), with the article's title and the other
/// story's headline as they are now (the story page shows the headline on the story's link), and the
/// story the other story is merged into now, if any (the page offers to undo a merge that still stands).
/// </summary>
public sealed record StoryChange(
    DateTimeOffset At, StoryEditKind Kind, string? By, long? ArticleId, string? ArticleTitle, int Articles, long? OtherStoryId, string? OtherHeadline,
    long? CauseArticleId = null, string? CauseTitle = null, long? OtherMergedIntoId = null)
{
    /// <summary>Who made the change, as the history says it.</summary>
    public string Who => By ?? "Newsdesk";

    /// <summary>The change as a sentence (the command line's and the API's text).</summary>
    public string Text => string.Concat(Parts.Select(p => p.Text));

    /// <summary>The sentence in parts, the articles and stories it names marked (the story page links them).</summary>
    public IReadOnlyList<StoryChangePart> Parts => Kind switch
    {
        StoryEditKind.MovedOut => [new($"{Who} moved "), .. Article, new(" to "), Other, new(".")],
        StoryEditKind.MovedIn => [new($"{Who} moved "), .. Article, new(" here from "), Other, new(".")],
        StoryEditKind.SplitOut => [new($"{Who} split "), .. Article, new(" off into "), Other, new(": "), .. Cause, new(" fitted it better than this story.")],
        StoryEditKind.SplitIn => [new($"{Who} started this story with "), .. Article, new(", split off "), Other, new(": "), .. Cause, new(" fitted it better than that story.")],
        StoryEditKind.MergedIn => [new($"{Who} merged "), Other, new($" into this one ({Count(Articles, "article")}).")],
        StoryEditKind.MergedAway => [new($"{Who} merged this story into "), Other, new(".")],
        StoryEditKind.Unmerged => [new($"{Who} undid this story's merge into "), Other, new($": {Count(Articles, "article")} came back.")],
        StoryEditKind.UnmergedOut => [new($"{Who} undid the merge of "), Other, new($" into this one: {Count(Articles, "article")} went back to it.")],
        StoryEditKind.Confirmed => [new($"{Who} confirmed that "), .. Article, new(" reports this story's event.")],
        _ => [new("Changed by an editor (logged before Newsdesk kept the details).")],
    };

    /// <summary>The article in quotes, and the copies that went with it.</summary>
    private StoryChangePart[] Article =>
    [
        new("“"),
        new(ArticleTitle ?? $"article {ArticleId}", StoryChangeLink.Article, ArticleId ?? 0),
        new(Kind is StoryEditKind.MovedOut or StoryEditKind.MovedIn or StoryEditKind.SplitOut or StoryEditKind.SplitIn && Articles > 1
            ? "” and " + Count(Articles - 1, "copy")
            : "”"),
    ];

    private StoryChangePart Other => new(OtherStoryId is { } id ? string.Create(CultureInfo.InvariantCulture, $"story {id}") : "another story", StoryChangeLink.Story, OtherStoryId ?? 0);

    private StoryChangePart[] Cause => CauseArticleId is { } id
        ? [new("the later report “"), new(CauseTitle ?? $"article {id}", StoryChangeLink.Article, id), new("”")]
        : [new("a later report")];

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? noun : noun == "copy" ? "copies" : noun + "s")}");
}

/// <summary>What a part of a <see cref="StoryChange"/> sentence names: nothing, an article or a story (by <paramref name="Id"/>).</summary>
public readonly record struct StoryChangePart(string Text, StoryChangeLink Link = StoryChangeLink.None, long Id = 0);

public enum StoryChangeLink
{
    None,
    Article,
    Story,
}

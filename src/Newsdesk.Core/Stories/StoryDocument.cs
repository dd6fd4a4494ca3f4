namespace Newsdesk.Core.Stories;

/// <summary>
/// What story clustering reads of an article: its title, plain text and time (published, else retrieved).
/// <paramref name="Opinion"/> marks commentary, whose title names a story only when no report's title can.
/// </summary>
public sealed record StoryDocument(string Title, string Text, DateTimeOffset? Time, bool Opinion = false)
{
    public static StoryDocument Of(Articles.Article article) =>
        new(article.Title, article.Text, article.SortTime, article.Genre == Articles.ArticleGenre.Opinion);
}

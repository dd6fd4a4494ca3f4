namespace Newsdesk.Core.Stories;

/// <summary>
/// What story clustering reads of an article: its title, plain text and time (published, else retrieved).
/// <paramref name="Opinion"/> marks commentary, whose title names a story only when no report's title can.
/// <paramref name="Id"/> names the article to its caller when clustering later moves it (<see cref="StoryMatch.Moved"/>):
/// the article id in the store, the position in a <see cref="StoryStream"/>.
/// </summary>
public sealed record StoryDocument(string Title, string Text, DateTimeOffset? Time, bool Opinion = false, long Id = 0)
{
    public static StoryDocument Of(Articles.Article article) =>
        new(article.Title, article.Text, article.SortTime, article.Genre == Articles.ArticleGenre.Opinion, article.Id);
}

namespace Newsdesk.Core.Parsing.Rss;

/// <summary>
/// RSS states its language once, in the channel's language element, and means every text of the
/// feed; texts without an xml:lang of their own take it (Atom expresses the same with xml:lang alone).
/// </summary>
internal static class ChannelLanguage
{
    public static void Apply(ParsedFeed feed)
    {
        if (feed.Language is not { } language)
        {
            return;
        }

        feed.Title = With(feed.Title, language);
        feed.Subtitle = With(feed.Subtitle, language);
        feed.Rights = With(feed.Rights, language);
        foreach (var entry in feed.Entries)
        {
            entry.Title = With(entry.Title, language);
            entry.Summary = With(entry.Summary, language);
            entry.Rights = With(entry.Rights, language);
            entry.ReplaceContents(c => With(c, language)!);
        }
    }

    private static FeedText? With(FeedText? text, string language) =>
        text is { Language: null } ? text with { Language = language } : text;
}

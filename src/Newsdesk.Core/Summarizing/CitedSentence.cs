namespace Newsdesk.Core.Summarizing;

/// <summary>A stored summary sentence as readers see it: the text and the article it is taken from (outlet, headline, link).</summary>
public sealed record CitedSentence(string Text, long ArticleId, string? Outlet, string ArticleTitle, string? Url, bool Supported = true);

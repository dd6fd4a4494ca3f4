using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Keeps stored extractive summaries in step with their sources: an article's at ingest (see
/// <see cref="ArticleIngestor"/>), a story's over its original articles (copies collapsed) when
/// asked. A summary is recomputed only when its <see cref="SourceHash"/> changed.
/// </summary>
public sealed class SummaryUpdater(NewsdeskDb db, TimeProvider clock)
{
    /// <summary>Adds or refreshes the article's summary in the change tracker; the caller saves.</summary>
    public async Task StageArticleAsync(Article article, CancellationToken ct)
    {
        SummarySource[] sources = [new(article.Text, article.Title)];
        var hash = SourceHash.Of(SummaryLength.Default, sources);
        var summary = db.Summaries.Local.FirstOrDefault(s => s.Article == article && s.Method == SummaryMethod.Extractive);
        if (summary is null && article.Id != 0)
        {
            summary = await db.Summaries.Include(s => s.Lines)
                .FirstOrDefaultAsync(s => s.ArticleId == article.Id && s.Method == SummaryMethod.Extractive, ct);
        }

        if (summary?.SourceHash == hash)
        {
            return;
        }

        if (summary is null)
        {
            summary = new Summary { Article = article, Method = SummaryMethod.Extractive };
            db.Summaries.Add(summary);
        }

        Fill(summary, [article], sources, hash);
    }

    /// <summary>Brings the summaries of these articles up to date and saves; returns how many were written.</summary>
    public async Task<int> UpdateArticlesAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync(ct);
        foreach (var article in articles)
        {
            await StageArticleAsync(article, ct);
        }

        return await SaveSummariesAsync(ct);
    }

    /// <summary>
    /// Brings the summaries of these stories up to date and saves; returns how many were written.
    /// A story is summarized from its articles that are not copies of another, oldest first.
    /// </summary>
    public async Task<int> UpdateStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        var articles = await db.Articles
            .Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value) && a.CopyOfId == null)
            .ToListAsync(ct);
        var existing = await db.Summaries.Include(s => s.Lines)
            .Where(s => s.StoryId != null && storyIds.Contains(s.StoryId.Value) && s.Method == SummaryMethod.Extractive)
            .ToDictionaryAsync(s => s.StoryId!.Value, ct);
        foreach (var group in articles.GroupBy(a => a.StoryId!.Value))
        {
            var members = group.OrderBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
            var sources = members.Select(a => new SummarySource(a.Text, a.Title)).ToList();
            var hash = SourceHash.Of(SummaryLength.Default, sources);
            if (existing.TryGetValue(group.Key, out var summary) && summary.SourceHash == hash)
            {
                continue;
            }

            if (summary is null)
            {
                summary = new Summary { StoryId = group.Key, Method = SummaryMethod.Extractive };
                db.Summaries.Add(summary);
            }

            Fill(summary, members, sources, hash);
        }

        return await SaveSummariesAsync(ct);
    }

    private async Task<int> SaveSummariesAsync(CancellationToken ct)
    {
        var written = db.ChangeTracker.Entries<Summary>().Count(e => e.State is EntityState.Added or EntityState.Modified);
        await db.SaveChangesAsync(ct);
        return written;
    }

    private void Fill(Summary summary, IReadOnlyList<Article> articles, IReadOnlyList<SummarySource> sources, string hash)
    {
        summary.SourceHash = hash;
        summary.CreatedAt = clock.GetUtcNow();
        summary.Lines.Clear();
        var sentences = ExtractiveSummarizer.Summarize(sources, SummaryLength.Default);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            summary.Lines.Add(new SummaryLine
            {
                Position = i,
                Article = articles[s.Document],
                SentenceIndex = s.SentenceIndex,
                Start = s.Start,
                Length = s.Length,
                Text = s.Text,
            });
        }
    }
}

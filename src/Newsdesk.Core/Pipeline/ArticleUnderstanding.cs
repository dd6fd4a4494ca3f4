using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Reads an article's entities, figures and quotes and stages them in the store, replacing what an
/// earlier version of the same article gave. Curated quotes (from imported digests) are kept.
/// Called by <see cref="ArticleIngestor"/> for every added or changed article.
/// </summary>
public sealed class ArticleUnderstanding(NewsdeskDb db, EntityExtractor entities, TimeProvider clock)
{
    private readonly FigureExtractor _figures = new();
    private readonly QuoteExtractor _quotes = new(entities);

    /// <summary>With the default beat glossary, for callers built without the service container.</summary>
    public static ArticleUnderstanding CreateDefault(NewsdeskDb db, TimeProvider clock) =>
        new(db, new EntityExtractor(BeatGlossary.LoadDefault()), clock);

    public async Task ApplyAsync(Article article, CancellationToken ct)
    {
        // A draft staged twice in one batch has no id yet: drop what its first staging added.
        db.ArticleEntities.RemoveRange(db.ArticleEntities.Local.Where(e => e.Article == article).ToList());
        db.ArticleFigures.RemoveRange(db.ArticleFigures.Local.Where(f => f.Article == article).ToList());
        db.Quotes.RemoveRange(db.Quotes.Local.Where(q => q.Article == article && q.Kind == QuoteKind.Extracted).ToList());
        if (article.Id != 0)
        {
            db.ArticleEntities.RemoveRange(await db.ArticleEntities.Where(e => e.ArticleId == article.Id).ToListAsync(ct));
            db.ArticleFigures.RemoveRange(await db.ArticleFigures.Where(f => f.ArticleId == article.Id).ToListAsync(ct));
            db.Quotes.RemoveRange(await db.Quotes.Where(q => q.ArticleId == article.Id && q.Kind == QuoteKind.Extracted).ToListAsync(ct));
        }

        var text = article.Text;
        var mentions = entities.Extract(text);
        foreach (var group in mentions.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            db.ArticleEntities.Add(new ArticleEntity
            {
                Article = article,
                Key = Truncate(first.Key, 128),
                Name = Truncate(first.PreferredName, 256),
                Kind = first.Kind,
                InGlossary = first.InGlossary,
                Mentions = group.Count(),
                FirstOffset = first.Start,
            });
        }

        foreach (var figure in _figures.Extract(text, mentions))
        {
            var row = ArticleFigure.From(figure);
            row.Article = article;
            db.ArticleFigures.Add(row);
        }

        var now = clock.GetUtcNow();
        foreach (var quote in _quotes.Extract(text, mentions))
        {
            db.Quotes.Add(new Quote
            {
                Kind = QuoteKind.Extracted,
                Article = article,
                Text = quote.Text,
                Speaker = quote.Speaker is null ? null : Truncate(quote.Speaker, 256),
                SpeakerRole = quote.SpeakerRole is null ? null : Truncate(quote.SpeakerRole, 512),
                Outlet = article.Outlet,
                Verified = QuoteText.IsVerbatimIn(quote.Text, text),
                TextHash = QuoteText.Hash(quote.Text),
                CreatedAt = now,
            });
        }
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

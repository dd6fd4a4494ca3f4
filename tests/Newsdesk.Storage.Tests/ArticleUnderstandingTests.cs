using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

public sealed class ArticleUnderstandingTests
{
    private static ArticleDraft Draft(string text) => new()
    {
        Url = "https://ledger.example/north-troops",
        Title = "North sends more troops",
        Outlet = "Harbor Ledger",
        Blocks = [Block.Paragraph(text)],
    };

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_Article_StoresEntitiesFiguresAndVerifiedQuotes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        const string first = "Pyongyang has sent around 13,000 troops to Russia, according to Seoul's spy agency. "
            + "\"We will keep every promise we made,\" Kim Jong-un said.";
        await using (var context = db.CreateContext())
        {
            await new ArticleIngestor(context, new ManualClock()).IngestAsync(Draft(first), default);
        }

        await using (var context = db.CreateContext())
        {
            var keys = await context.ArticleEntities.Select(e => e.Key).ToListAsync();
            Assert.Contains("north-korean-government", keys);
            Assert.Contains("south-korean-government", keys);
            Assert.Contains("kim-jong-un", keys);
            var figure = await context.ArticleFigures.SingleAsync();
            Assert.Equal(13000, figure.Value);
            Assert.Equal(FigureQualifier.Approximately, figure.Qualifier);
            Assert.Equal("troops", figure.ThingKey);
            Assert.Equal("Seoul's spy agency", figure.Source);
            var quote = await context.Quotes.SingleAsync();
            Assert.Equal((QuoteKind.Extracted, "Kim Jong Un", "Harbor Ledger", true), (quote.Kind, quote.Speaker, quote.Outlet, quote.Verified));
        }

        // A new version replaces what the old one gave.
        await using (var context = db.CreateContext())
        {
            await new ArticleIngestor(context, new ManualClock()).IngestAsync(Draft("Up to 15,000 troops have gone to Russia."), default);
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(15000, (await context.ArticleFigures.SingleAsync()).Value);
            Assert.Empty(await context.Quotes.ToListAsync());
            Assert.DoesNotContain("kim-jong-un", await context.ArticleEntities.Select(e => e.Key).ToListAsync());
        }
    }
}

using Newsdesk.Core.Articles;
using Newsdesk.Core.Importing;
using Newsdesk.Core.Pipeline;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Importing;

/// <summary>What src/Newsdesk/Demo/README.md says is planted in the demo beat is really there.</summary>
public sealed class DemoBeatTests
{
    private static readonly Lazy<Dictionary<string, ImportedDocument>> Beat = new(() =>
        Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "src", "Newsdesk", "Demo", "Beat"))
            .ToDictionary(path => Path.GetFileName(path), path => DocumentReader.Parse(path, Read(path), path.Contains(".htm", StringComparison.Ordinal))));

    private static string Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        return new StreamReader(gz).ReadToEnd();
    }

    private static ArticleDraft Single(string file) => Assert.Single(Beat.Value[file].Articles);

    private static string Text(ArticleDraft a) => ArticleBody.ToPlainText(a.Blocks);

    [Fact]
    public void Beat_Has24Files_29Articles_3Quotes_5Commentaries()
    {
        Assert.Equal(24, Beat.Value.Count);
        Assert.All(Beat.Value.Values, d => Assert.Null(d.Error));
        var articles = Beat.Value.Values.SelectMany(d => d.Articles).ToList();
        Assert.Equal(29, articles.Count);
        Assert.Equal(3, Beat.Value.Values.Sum(d => d.Quotes.Count));
        Assert.Equal(5, articles.Count(a => a.Commentary is not null));
        Assert.All(articles, a => Assert.NotNull(a.PublishedAt));
    }

    [Theory]
    [InlineData("2026-11-18-harbor-ledger-shells.html", 7)]
    [InlineData("2026-11-18-northline-daily-shells.txt", 7)]
    [InlineData("2026-11-18-capital-tribune-shells.md", 3)]
    public void Copies_ShareTheOriginalsParagraphs(string copy, int shared)
    {
        var original = ArticleBody.Prose(Single("2026-11-18-peninsula-wire-shells.txt").Blocks).Select(b => b.Text).ToHashSet();
        Assert.Equal(7, original.Count);
        Assert.Equal(shared, ArticleBody.Prose(Single(copy).Blocks).Count(b => original.Contains(b.Text)));
    }

    [Fact]
    public void Rewrite_HasTheSameNumberOfParagraphs_AndNoneVerbatim()
    {
        var original = ArticleBody.Prose(Single("2026-11-18-peninsula-wire-shells.txt").Blocks).Select(b => b.Text).ToList();
        var rewrite = ArticleBody.Prose(Single("2026-11-18-newsrewire-shells.html").Blocks).Select(b => b.Text).ToList();
        Assert.Equal(original.Count, rewrite.Count);
        Assert.Empty(rewrite.Intersect(original));
    }

    [Fact]
    public void DigestItem4_IsAVerbatimCopyOfTheMissileWire()
    {
        var wire = Single("2026-11-21-peninsula-wire-missiles.txt");
        var item = Beat.Value["2026-11-21-the-morning-watch-digest.txt"].Articles[3];
        Assert.Equal(wire.Title, item.Title);
        Assert.Equal(Text(wire), Text(item));
        Assert.Null(item.Url);
        Assert.NotNull(wire.Url);
    }

    [Fact]
    public void HarborLedgerMissiles_IsAVerbatimPickupOfTheMissileWire_ByAnotherOutlet()
    {
        var wire = Single("2026-11-21-peninsula-wire-missiles.txt");
        var pickup = Single("2026-11-21-harbor-ledger-missiles.txt");
        Assert.Equal(wire.Title, pickup.Title);
        Assert.Equal(Text(wire), Text(pickup));
        Assert.Equal("Harbor Ledger", pickup.Outlet);
        Assert.NotEqual(wire.Url, pickup.Url);
        Assert.True(pickup.PublishedAt > wire.PublishedAt);
    }

    [Theory]
    [InlineData("2026-11-18-harbor-ledger-troops.txt", "11,000")]
    [InlineData("2026-11-19-seoul-morning-post-troops.html", "13,000")]
    [InlineData("2026-11-18-eastern-sea-review-arms-money.md", "up to 15,000")]
    [InlineData("2026-11-18-peninsula-wire-shells.txt", "9.4 million")]
    [InlineData("2026-11-19-knn-shells-lawmaker.txt", "more than 10 million")]
    [InlineData("2026-11-18-eastern-sea-review-arms-money.md", "between $7.2 billion and $9.8 billion")]
    [InlineData("2026-11-18-capital-tribune-shells.md", "about $5 billion")]
    [InlineData("2026-11-19-peninsula-wire-dmz.txt", "About 20 North Korean soldiers")]
    [InlineData("2026-11-19-knn-dmz.txt", "around 30 North Korean soldiers")]
    [InlineData("2026-11-21-peninsula-wire-missiles.txt", "fired two short-range ballistic missiles")]
    [InlineData("2026-11-21-peninsula-wire-missiles.txt", "about 350 kilometers")]
    [InlineData("2026-11-21-knn-missiles.txt", "launched three short-range ballistic missiles")]
    [InlineData("2026-11-21-knn-missiles.txt", "about 360 kilometers")]
    public void Figures_ArePlantedWhereTheReadmeSays(string file, string figure) =>
        Assert.Contains(figure, Text(Single(file)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Park Mi-rae", "2026-11-20-seoul-morning-post-unification.html")]
    [InlineData("Daniel Okafor", "2026-11-19-knn-dmz.txt")]
    [InlineData("Ri Song-chol", "2026-11-20-harbor-ledger-kcna-drills.txt")]
    public void QuotesOfTheDay_AppearVerbatimInAnArticle(string speaker, string file)
    {
        var quote = Beat.Value["2026-11-21-the-morning-watch-digest.txt"].Quotes.Single(q => q.Speaker == speaker);
        // Quoted in running text, a quote's closing full stop becomes a comma.
        Assert.Contains(quote.Text.TrimEnd('.'), Text(Single(file)), StringComparison.Ordinal);
    }

    [Fact]
    public void NoPlantedJunkSurvives()
    {
        foreach (var (file, document) in Beat.Value)
        {
            foreach (var article in document.Articles)
            {
                var text = ArticleBody.ToPlainText(article.Blocks);
                foreach (var junk in new[] { "Please enter", "Sign up", "Subscribe", "Share", "Tweet", "Related", "Read more", "(END)", "@", "(ATTN", "Photo credit", "Follow ", "Stay safe", "Phone:", "comments", "Comments", "incorrect email", "Copyright", "Most read" })
                {
                    Assert.False(text.Contains(junk, StringComparison.Ordinal), $"{file}: \"{article.Title}\" still holds \"{junk}\"");
                }
            }
        }
    }
}

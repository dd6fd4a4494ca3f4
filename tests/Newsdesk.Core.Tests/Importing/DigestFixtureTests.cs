using Newsdesk.Core.Articles;
using Newsdesk.Core.Importing;

namespace Newsdesk.Core.Tests.Importing;

/// <summary>
/// Digests of the seed's family in other shapes (Markdown with "1)" numbering, unnumbered
/// hard-wrapped headings, seed-like with variations), written for these tests: the splitter
/// must not be fitted to one file.
/// </summary>
public sealed class DigestFixtureTests
{
    private static ImportedDocument Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Digests", name);
        return DocumentReader.Parse(path, File.ReadAllText(path), html: false);
    }

    public static TheoryData<string, int, string, string?, string?, string?, string?, string> Items => new()
    {
        // file, item, title, url, outlet, byline, commentary start, date
        { "markdown-digest.md", 1, "Coast guard seizes fishing boat near the sea border", "https://gullcoastherald.example/2026/03/02/fishing-boat-seized", "The Gull Coast Herald", "Hannah Ko", "Comment: Third seizure", "2026-03-02" },
        { "markdown-digest.md", 2, "Parliament passes drone defence budget", "https://capitalledger.example/politics/2026/03/02/drone-budget", "capitalledger.example", "Omar Haddad", "Comment: Smaller", "2026-03-02" },
        { "markdown-digest.md", 3, "Analysts doubt satellite launch claims", "https://asiaorbitmonitor.example/2026/03/01/satellite-doubts", "Asia Orbit Monitor", "Lena Park", null, "2026-03-03" },
        { "markdown-digest.md", 4, "Rail link to Rason reopens for freight", null, "northwatch.example", "Mikhail Orlov", "Comment: Watch", "2026-03-01" },
        { "unnumbered-wrapped-digest.txt", 1, "Envoys meet in Geneva for first talks in two years", "https://meridianpost.example/world/2026/04/13/geneva-envoys", "Meridian Post", "Clara Voss", "Encouraging, but the agenda is thin. Nobody has agreed on what a \"first step\" means yet.", "2026-04-13" },
        { "unnumbered-wrapped-digest.txt", 2, "New tunnel work spotted at test site", null, "Orbit Watch Weekly", "Jiho Lim", "Not conclusive.", "2026-04-12" },
        { "unnumbered-wrapped-digest.txt", 3, "Fishermen report jamming near islands", "https://islandtimes.example/2026/04/12/gps-jamming", "Island Times", "Dae-ho Shin", null, "2026-04-14" },
        { "seedlike-variant-digest.txt", 1, "Navy commissions third destroyer of its class", null, "harbourwatch.example", "Min-seo Yoo", "The radar on these ships", "2026-05-02" },
        { "seedlike-variant-digest.txt", 2, "Sanctions monitors report ship-to-ship transfers", "https://panelwatch.example/reports/2026/05/ship-transfers", "AFP", "AFP", "Two links", "2026-05-01" },
        { "seedlike-variant-digest.txt", 3, "Defence ministry publishes white paper", null, null, null, null, "2026-05-02" },
        { "seedlike-variant-digest.txt", 4, "Editorial: The long wait for talks", null, "Capital Morning Post", null, null, "2026-05-02" },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Item_HasItsMetadataAndCommentary(string file, int number, string title, string? url, string? outlet, string? byline, string? commentary, string date)
    {
        var item = Read(file).Articles[number - 1];

        Assert.Equal(title, item.Title);
        Assert.Equal(url, item.Url);
        Assert.Equal(outlet, item.Outlet);
        Assert.Equal(byline, item.Byline);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(item.PublishedAt!.Value.UtcDateTime));
        if (commentary is null)
        {
            Assert.Null(item.Commentary);
        }
        else
        {
            Assert.StartsWith(commentary, item.Commentary, StringComparison.Ordinal);
            Assert.DoesNotContain(item.Commentary!, ArticleBody.ToPlainText(item.Blocks), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("markdown-digest.md", 4)]
    [InlineData("unnumbered-wrapped-digest.txt", 3)]
    [InlineData("seedlike-variant-digest.txt", 4)]
    public void Digest_SplitsIntoOneArticlePerContentsLine_InOrder(string file, int count)
    {
        var document = Read(file);
        Assert.Null(document.Error);
        Assert.Equal(count, document.Articles.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"#{n}"), document.Articles.Select(a => a.Origin![a.Origin!.LastIndexOf('#')..]));
    }

    [Fact]
    public void Digest_ExcerptsAreNotRepeated_AndJunkIsGone()
    {
        foreach (var file in new[] { "markdown-digest.md", "unnumbered-wrapped-digest.txt", "seedlike-variant-digest.txt" })
        {
            foreach (var article in Read(file).Articles)
            {
                var paragraphs = article.Blocks.Select(b => b.Text).ToList();
                Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
                var text = ArticleBody.ToPlainText(article.Blocks);
                foreach (var junk in new[] { "(END)", "Regards", "Phone:", "@", "ATTN", "Excerpts", "subscribed", "Curator" })
                {
                    Assert.DoesNotContain(junk, text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Digest_SecondLinkOfAnItem_IsKept()
    {
        var item = Read("seedlike-variant-digest.txt").Articles[1];
        Assert.Equal(["https://panelwatch.example/press/2026/05/01/summary"], item.ExtraLinks);
    }

    public static TheoryData<string, string[]> Quotes => new()
    {
        { "markdown-digest.md", ["Colonel Ines Moreau"] },
        { "unnumbered-wrapped-digest.txt", ["Ambassador Ruth Calder", "Ji-won Seo"] },
        { "seedlike-variant-digest.txt", ["Admiral Sofia Brandt", "Kenji Mori"] },
    };

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Digest_QuotesOfTheDay_HaveSpeakers(string file, string[] speakers)
    {
        var quotes = Read(file).Quotes;
        Assert.Equal(speakers, quotes.Select(q => q.Speaker));
        Assert.All(quotes, q => Assert.DoesNotContain("\"", q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Digest_WrappedQuote_KeepsRole() =>
        Assert.Equal("satellite imagery analyst", Read("unnumbered-wrapped-digest.txt").Quotes[1].SpeakerRole);

    [Fact]
    public void NumberedListInsideAnArticle_IsNotADigest()
    {
        var document = DocumentReader.Parse("/x.txt", "Three steps for talks\n\nThe minister listed them:\n1. A phone line.\n2. A meeting.\n3. A statement.\n\nNone has happened.", html: false);
        Assert.Single(document.Articles);
    }
}

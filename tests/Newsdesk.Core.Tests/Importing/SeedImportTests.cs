using Newsdesk.Core.Articles;
using Newsdesk.Core.Importing;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Importing;

/// <summary>The done-when checks on the real documents in ../shared/seeds (skipped with the reason when it is absent).</summary>
public sealed class SeedImportTests
{
    private static ImportedDocument ReadSeed(string prefix)
    {
        var path = Directory.GetFiles(SharedData.Path("seeds"), prefix + "_*.txt").Single();
        return DocumentReader.Parse(path, File.ReadAllText(path), html: false);
    }

    private static readonly string[] TocTitles =
    [
        "When nations united: 75 years of global good through the United Nations Command",
        "North Korea reaffirms support for Russia's war in Ukraine",
        "Russia warns against targeting North Korea",
        "South Korea develops stealth attack drone to enhance naval strike capabilities in high-risk maritime zones.",
        "Kremlin doesn’t rule out further North Korean military involvement in Ukraine war",
        "N. Korea's Kim reaffirms unconditional support for Russia in Ukraine war: KCNA",
        "N. Korea supplies Russia with 12 million rounds of 152 mm shells: S. Korea",
        "N. Korea's embassy in China holds reception to mark 64th anniv. of key treaty signing",
        "Seoul signals decoupling from US-Japan hardline on Beijing, Pyongyang",
        "Republic of Korea-United States-Japan Trilateral Chiefs of Defense Joint Press Statement",
        "National security adviser says Opcon issue off the table in U.S. negotiations",
        "U.S. military chief urges Seoul to share defense burden",
        "N. Korea bristles at S. Korea-U.S.-Japan air drills",
        "Should Korea hope Trump prioritizes the Korean Peninsula?",
        "Rhetoric that strains Korea-US ties",
    ];

    [RequiresFact(Component.SharedData)]
    public void Digest_YieldsFifteenArticles_InContentsOrder_WithTheirTitles()
    {
        var document = ReadSeed("002");
        Assert.Null(document.Error);
        Assert.Equal(TocTitles, document.Articles.Select(a => a.Title));
    }

    [RequiresFact(Component.SharedData)]
    public void Digest_NineItemsHaveTheirOwnLink_CommentaryLinkIsNotTaken()
    {
        var articles = ReadSeed("002").Articles;
        Assert.Equal(9, articles.Count(a => a.Url is not null));
        Assert.Equal("https://www.nknews.org/2025/07/when-nations-united-75-years-of-global-good-through-the-united-nations-command/", articles[0].Url);
        Assert.Contains("https://icks.org/", articles[0].Commentary, StringComparison.Ordinal);
        Assert.StartsWith("https://www.pacom.mil/", articles[9].Url, StringComparison.Ordinal);
        Assert.Equal(["https://www.jcs.mil/Media/News/News-Display/Article/4241083/republic-of-korea-united-states-japan-trilateral-chiefs-of-defense-joint-press/"], articles[9].ExtraLinks);
        Assert.All(new[] { 1, 5, 6, 7, 11, 12 }, i => Assert.Null(articles[i].Url));
    }

    [RequiresTheory(Component.SharedData)]
    [InlineData(2, "BBC News", "Stuart Lau")]
    [InlineData(6, "en.yna.co.kr", "Park Boram")]
    [InlineData(7, "en.yna.co.kr", "Kim Soo-yeon")]
    [InlineData(8, "en.yna.co.kr", "Kim Soo-yeon")]
    [InlineData(13, "Yonhap", "Yonhap")]
    [InlineData(1, "nknews.org", "Xavier T. Brunson")]
    [InlineData(3, "UPI", "Mike Heuer")]
    [InlineData(9, "chosun.com", "Yang Ji-ho, Kim Seo-young")]
    [InlineData(11, "koreajoongangdaily.joins.com", "Oh Hyun-seok")]
    [InlineData(12, null, "Hyo-Ju Son")]
    [InlineData(14, "koreatimes.co.kr", "Lee Jong-eun")]
    public void Digest_OutletAndByline_AsTheTextNamesThem(int item, string? outlet, string byline)
    {
        var article = ReadSeed("002").Articles[item - 1];
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(byline, article.Byline);
    }

    [RequiresTheory(Component.SharedData)]
    [InlineData(1, "For those interested in learning more about the United Nations Command")]
    [InlineData(2, "Two of the CRInK growing stronger?")]
    [InlineData(3, "Remember the CRInK is based on fear, weakness, desperation, and envy.")]
    [InlineData(5, "More fodder for the cannons?")]
    [InlineData(7, "Seems kind of unconditional here.")]
    [InlineData(10, "Interestingly this statement is on the INDOPACOM")]
    [InlineData(11, "If it is agreed that the OPCON transition will be conditions based")]
    [InlineData(12, "\"Responsibility sharing.\" Damn straight.")]
    [InlineData(13, "KJU is getting the message")]
    public void Digest_CommentaryIsKeptApartFromTheText(int item, string commentaryStart)
    {
        var article = ReadSeed("002").Articles[item - 1];
        Assert.StartsWith(commentaryStart, article.Commentary, StringComparison.Ordinal);
        Assert.DoesNotContain(commentaryStart, ArticleBody.ToPlainText(article.Blocks, includeCaptions: true), StringComparison.Ordinal);
    }

    [RequiresTheory(Component.SharedData)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(14)]
    [InlineData(15)]
    public void Digest_ItemsWithoutCommentary_HaveNone(int item) => Assert.Null(ReadSeed("002").Articles[item - 1].Commentary);

    [RequiresTheory(Component.SharedData)]
    [InlineData(3, "Lavrov warned the United States and its regional allies against targeting North Korea and Russia")]
    [InlineData(14, "South Korea’s challenge is that it has limited leverage to influence Trump’s foreign policy.")]
    [InlineData(15, "The answer is clear: Inflammatory rhetoric like this does little to help Seoul’s efforts")]
    public void Digest_ExcerptPastedAgainInTheText_AppearsOnce(int item, string passage)
    {
        var text = ArticleBody.ToPlainText(ReadSeed("002").Articles[item - 1].Blocks);
        Assert.Equal(1, Occurrences(text, passage));
    }

    [RequiresFact(Component.SharedData)]
    public void Digest_NoPageJunkLeftInAnyItem()
    {
        foreach (var article in ReadSeed("002").Articles)
        {
            var text = ArticleBody.ToPlainText(article.Blocks);
            foreach (var junk in new[] { "(END)", "@yna.co.kr", "en.yna.co.kr ·", "koreaherald.com ·", "Share:", "dictionary + A", "Related Article", "Follow Army Recognition", "(ATTN:", "De Oppresso Liber", "Phone: 202", "Twitter: @", "(PHOTO NOT FOR SALE)", "[JOINT PRESS CORPS]" })
            {
                Assert.False(text.Contains(junk, StringComparison.Ordinal), $"Item \"{article.Title}\" still holds \"{junk}\"");
            }
        }
    }

    [RequiresFact(Component.SharedData)]
    public void Digest_ThreeQuotesOfTheDay_WithSpeakers()
    {
        var quotes = ReadSeed("002").Quotes;
        Assert.Equal(["Mark Twain", "Ernest Hemingway", "George Washington"], quotes.Select(q => q.Speaker));
        Assert.StartsWith("Man is the only animal", quotes[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("with his mouth.", quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("To be prepared for war is one of the most effectual means of preserving peace.", quotes[2].Text);
    }

    [RequiresTheory(Component.SharedData)]
    [InlineData("000", "Inter-Korean impasse", "North Korea’s military personnel dismantled", "Klingner said. “But the jury’s still out,”",
        new[] { "Sign up", "—Keith", "comments", "Please register", "Comments" })]
    [InlineData("003", "North Korea says it will cut communication channels with the South", "North Korea said it would cut all communications", "contributed to this report.",
        new[] { "Please enter your comment!", "Please enter your name here" })]
    public void Article_ImportsAsOneCleanArticle(string seed, string title, string opening, string closing, string[] junk)
    {
        var document = ReadSeed(seed);
        var article = Assert.Single(document.Articles);
        Assert.Equal(title, article.Title);
        var text = ArticleBody.ToPlainText(article.Blocks);
        Assert.StartsWith(opening, ArticleBody.ToPlainText(ArticleBody.Prose(article.Blocks)), StringComparison.Ordinal);
        Assert.Contains(closing, text, StringComparison.Ordinal);
        Assert.All(junk, j => Assert.DoesNotContain(j, text, StringComparison.Ordinal));
    }

    private static int Occurrences(string text, string passage)
    {
        var count = 0;
        for (var i = text.IndexOf(passage, StringComparison.Ordinal); i >= 0; i = text.IndexOf(passage, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

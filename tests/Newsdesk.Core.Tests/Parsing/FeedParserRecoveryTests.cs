using System.Text;
using Newsdesk.Core.Parsing;
using static Newsdesk.Core.Tests.Parsing.ParserFixtures;

namespace Newsdesk.Core.Tests.Parsing;

/// <summary>Ill-formed documents still yield their entries, and are flagged.</summary>
public sealed class FeedParserRecoveryTests
{
    [Theory]
    [InlineData("undeclared HTML entity", "<rss version=\"2.0\"><channel><title>Caf&eacute; &mdash; news</title><item><title>One&nbsp;item</title></item></channel></rss>", "Café — news", "One\u00A0item")]
    [InlineData("bare ampersands", "<rss version=\"2.0\"><channel><title>Q&A</title><item><title>Tom & Jerry</title><link>http://x.test/?a=1&b=2</link></item></channel></rss>", "Q&A", "Tom & Jerry")]
    [InlineData("unclosed CDATA", "<rss version=\"2.0\"><channel><title>T</title><item><title>Kept</title><description><![CDATA[<p>cut", "T", "Kept")]
    [InlineData("truncated document", "<rss version=\"2.0\"><channel><title>T</title><item><title>Kept</title></item><item><ti", "T", "Kept")]
    [InlineData("mismatched end tags", "<rss version=\"2.0\"><channel><title>T</title><item><title>Kept</b></title></item></channel></rss>", "T", "Kept")]
    [InlineData("unquoted attribute", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>Kept</title><link href=http://x.test/1 /></entry></feed>", "T", "Kept")]
    [InlineData("undeclared prefix", "<rss version=\"2.0\"><channel><title>T</title><item><title>Kept</title><dc:creator>Ann</dc:creator></item></channel></rss>", "T", "Kept")]
    public void Parse_IllFormed_YieldsEntriesAndFlags(string why, string xml, string feedTitle, string firstEntryTitle)
    {
        var feed = Parse(xml);

        Assert.False(feed.WellFormed, why);
        Assert.NotNull(feed.Problem);
        Assert.Equal(feedTitle, feed.Title?.Value);
        Assert.Equal(firstEntryTitle, feed.Entries[0].Title?.Value);
    }

    [Fact]
    public void Parse_BlankLinesBeforeTheDeclaration_AreFlaggedAndSkipped()
    {
        var feed = Parse("\n\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>I</title></item></channel></rss>");

        Assert.False(feed.WellFormed);
        Assert.Contains("declaration", feed.Problem, StringComparison.Ordinal);
        Assert.Equal("I", feed.Entries.Single().Title?.Value);
    }

    [Fact]
    public void Parse_UndeclaredPrefix_StillMapsTheConventionalNamespace()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><item><title>T</title><dc:creator>Ann</dc:creator></item></channel></rss>");

        Assert.Equal("Ann", feed.Entries.Single().Authors.Single().Name);
    }

    [Fact]
    public void Parse_BareAmpersandInLink_KeepsTheQuery()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><item><link>http://link.test/get?a=1&b=2</link></item></channel></rss>");

        Assert.Equal("http://link.test/get?a=1&b=2", feed.Entries.Single().Link);
    }

    [Fact]
    public void Parse_InternalEntityDeclaration_IsExpandedAndWellFormed()
    {
        var feed = Parse("<!DOCTYPE rss [<!ENTITY site \"tag:example.com,\">]><rss version=\"2.0\"><channel><item><guid isPermaLink=\"false\">&site;2006:/1</guid></item></channel></rss>");

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal("tag:example.com,2006:/1", feed.Entries.Single().Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<!-- nothing here -->")]
    [InlineData("\u0000\u0001\u0002binary")]
    public void Parse_NoFeedAtAll_ReturnsEmptyFlaggedFeed(string text)
    {
        var feed = Parse(text);

        Assert.False(feed.WellFormed);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Parse_DeepNesting_StaysWithinTheDepthCap()
    {
        var depth = 100_000;
        var xml = "<rss><channel><title>Deep</title><item><description>" + string.Concat(Enumerable.Repeat("<b>", depth)) + "x" + "</description></item></channel></rss>";

        var feed = Parse(xml);

        Assert.False(feed.WellFormed);
        Assert.Equal("Deep", feed.Title?.Value);
        Assert.Single(feed.Entries);
    }

    [Fact]
    public void Parse_MutatedDocuments_NeverThrow()
    {
        var seeds = new[] { File("rss20.xml"), File("atom10.xml") };
        var random = new Random(20261122);
        var parser = new FeedParser();
        foreach (var seed in seeds)
        {
            for (var i = 0; i < 400; i++)
            {
                var bytes = Mutate(seed, random, i % 4);
                var feed = parser.Parse(bytes, new FeedContext(new Uri("http://x.test/a/"), i % 3 == 0 ? "text/xml" : null));
                Assert.NotNull(feed);
            }
        }
    }

    private static byte[] Mutate(byte[] seed, Random random, int kind)
    {
        var bytes = seed.ToList();
        switch (kind)
        {
            case 0:
                return [.. bytes.Take(random.Next(bytes.Count))];
            case 1:
                for (var j = 0; j < 8; j++)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                break;
            case 2:
                for (var j = 0; j < 8; j++)
                {
                    bytes.Insert(random.Next(bytes.Count), (byte)"<&>\"'/![]"[random.Next(9)]);
                }

                break;
            default:
                var start = random.Next(bytes.Count - 40);
                bytes.RemoveRange(start, random.Next(40));
                break;
        }

        return [.. bytes];
    }
}

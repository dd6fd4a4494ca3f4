using Newsdesk.Core.Parsing;
using static Newsdesk.Core.Tests.Parsing.ParserFixtures;

namespace Newsdesk.Core.Tests.Parsing;

/// <summary>DTDs and external entities are never fetched; entity expansion is bounded on both parsing paths.</summary>
public sealed class FeedParserSecurityTests
{
    private const string Laughs = """
        <!DOCTYPE rss [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
          <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
          <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
        ]>
        """;

    [Fact]
    public void Parse_BillionLaughs_IsCappedAndFlagged()
    {
        var feed = Parse(Laughs + "<rss version=\"2.0\"><channel><title>&i;</title><item><title>Still here</title></item></channel></rss>");

        Assert.False(feed.WellFormed);
        Assert.True((feed.Title?.Value.Length ?? 0) <= 2 * 65536, "entity expansion was not capped");
        Assert.Equal("Still here", feed.Entries.Single().Title?.Value);
    }

    [Fact]
    public void Parse_BillionLaughsInIllFormedDocument_IsCappedOnTheLenientPath()
    {
        // The bare ampersand sends the document to the lenient reader, which must cap expansion too.
        var feed = Parse(Laughs + "<rss version=\"2.0\"><channel><title>&i; & more</title><item><title>Still here</title></item></channel></rss>");

        Assert.False(feed.WellFormed);
        Assert.True((feed.Title?.Value.Length ?? 0) <= 2 * 65536, "entity expansion was not capped");
        Assert.Equal("Still here", feed.Entries.Single().Title?.Value);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>a&xxe;b</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>a&xxe;b & c</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><rss version=\"2.0\"><channel><title>ab</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss SYSTEM \"file:///etc/passwd\"><rss version=\"2.0\"><channel><title>ab</title></channel></rss>")]
    public void Parse_ExternalEntities_AreNeverResolved(string xml)
    {
        var feed = Parse(xml);

        var title = feed.Title?.Value ?? "";
        Assert.DoesNotContain("root:", title, StringComparison.Ordinal);
        Assert.StartsWith("a", title, StringComparison.Ordinal);
    }
}

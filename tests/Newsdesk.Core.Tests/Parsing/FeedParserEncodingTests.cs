using System.Text;
using Newsdesk.Core.Parsing;
using static Newsdesk.Core.Tests.Parsing.ParserFixtures;

namespace Newsdesk.Core.Tests.Parsing;

/// <summary>Encoding precedence (RFC 7303): BOM, HTTP charset, XML declaration, UTF-8; wrong declarations are flagged.</summary>
public sealed class FeedParserEncodingTests
{
    static FeedParserEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Doc(string declaration, string title, Encoding encoding) =>
        encoding.GetBytes($"{declaration}<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>");

    [Fact]
    public void Parse_DeclaredEncoding_IsUsed()
    {
        var feed = Parse(Doc("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", "Café", Encoding.Latin1));

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal("iso-8859-1", feed.Encoding);
        Assert.Equal("Café", feed.Title?.Value);
    }

    [Fact]
    public void Parse_HttpCharset_OverridesTheDeclaration()
    {
        var bytes = Doc("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", "Ελλάδα", Encoding.GetEncoding("iso-8859-7"));

        var feed = Parse(bytes, new FeedContext(null, "application/rss+xml; charset=\"iso-8859-7\""));

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal("iso-8859-7", feed.Encoding);
        Assert.Equal("Ελλάδα", feed.Title?.Value);
    }

    [Fact]
    public void Parse_ByteOrderMark_WinsOverEverything()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Doc("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", "Ünïcödé", Encoding.UTF8)).ToArray();

        var feed = Parse(bytes, new FeedContext(null, "text/xml; charset=us-ascii"));

        Assert.Equal("utf-8", feed.Encoding);
        Assert.Equal("Ünïcödé", feed.Title?.Value);
    }

    [Theory]
    [InlineData("utf-16be")]
    [InlineData("utf-16le")]
    [InlineData("utf-32be")]
    [InlineData("utf-32le")]
    public void Parse_Utf16And32WithoutMark_AreDetectedFromTheBytes(string name)
    {
        var encoding = name switch
        {
            "utf-16be" => (Encoding)new UnicodeEncoding(true, false),
            "utf-16le" => new UnicodeEncoding(false, false),
            "utf-32be" => new UTF32Encoding(true, false),
            _ => new UTF32Encoding(false, false),
        };

        var feed = Parse(Doc("<?xml version=\"1.0\" encoding=\"utf-16\"?>", "Żółw", encoding));

        Assert.Equal(name, feed.Encoding);
        Assert.Equal("Żółw", feed.Title?.Value);
    }

    [Fact]
    public void Parse_WrongDeclaredCharset_IsFlaggedAndStillDecoded()
    {
        var bytes = Doc("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "Caf\u00e9 \u2019quoted\u2019", Encoding.GetEncoding("windows-1252"));

        var feed = Parse(bytes);

        Assert.False(feed.WellFormed);
        Assert.Equal("windows-1252", feed.Encoding);
        Assert.Equal("Café ’quoted’", feed.Title?.Value);
    }

    [Fact]
    public void Parse_UnknownDeclaredCharset_IsFlaggedAndFallsBack()
    {
        var feed = Parse(Doc("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>", "Plain", Encoding.UTF8));

        Assert.False(feed.WellFormed);
        Assert.Equal("utf-8", feed.Encoding);
        Assert.Equal("Plain", feed.Title?.Value);
    }

    [Fact]
    public void Parse_NonXmlMediaType_IsFlagged()
    {
        var feed = Parse(Doc("", "T", Encoding.UTF8), new FeedContext(null, "text/html; charset=utf-8"));

        Assert.False(feed.WellFormed);
        Assert.Equal("T", feed.Title?.Value);
    }

    [Fact]
    public void Parse_TextXmlWithoutCharsetAndNonAsciiBytes_IsFlaggedAsAmbiguous()
    {
        var bytes = Doc("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", "Café", Encoding.Latin1);

        var feed = Parse(bytes, new FeedContext(null, "text/xml"));

        Assert.False(feed.WellFormed);
        Assert.Equal("Café", feed.Title?.Value);
    }

    [Fact]
    public void Parse_C1ControlReferences_AreReadAsWindows1252()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>don&#146;t &#150; stop</title></channel></rss>");

        Assert.Equal("don’t – stop", feed.Title?.Value);
    }
}

public sealed class EncodingNamesTests
{
    [Theory]
    [InlineData("UTF8", "utf-8")]
    [InlineData("utf_16", "utf-16")]
    [InlineData("cp1252", "windows-1252")]
    [InlineData("CP1251", "windows-1251")]
    [InlineData("latin1", "iso-8859-1")]
    [InlineData("MacCyrillic", "x-mac-cyrillic")]
    [InlineData("csUCS4", "utf-32")]
    [InlineData("Shift_JIS", "shift_jis")]
    [InlineData(" euc-kr ", "euc-kr")]
    [InlineData("no-such-encoding", null)]
    public void Normalize_MapsLabelsFeedsUse(string label, string? expected) =>
        Assert.Equal(expected, Newsdesk.Core.Parsing.Decoding.EncodingNames.Normalize(label));
}

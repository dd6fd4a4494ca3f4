using System.Text;
using Newsdesk.Core.Parsing.Opml;
using static Newsdesk.Core.Tests.Parsing.ParserFixtures;

namespace Newsdesk.Core.Tests.Parsing;

public sealed class OpmlTests
{
    [Fact]
    public void Read_NestedFolders_ListsFeedsWithTheirPath()
    {
        var result = OpmlReader.Read(File("subscriptions.opml"));

        Assert.True(result.Success, result.Error);
        var document = result.Document!;
        Assert.Equal("Beat: Harbour", document.Title);
        var feeds = document.Feeds().Select(f => (string.Join("/", f.Folders), f.Feed.XmlUrl)).ToList();
        Assert.Equal(
            [
                ("Local news", "https://gazette.example/feed.xml"),
                ("Local news/Port authority", "https://port.example/notices.rss?lang=en&all=1"),
                ("", "https://wire.example/atom"),
            ],
            feeds);
        var gazette = document.Outlines[0].Children[0];
        Assert.Equal([new("description", "Daily"), new KeyValuePair<string, string>("category", "/local")], gazette.OtherAttributes);
    }

    [Fact]
    public void WriteThenRead_RoundTripsLosslessly()
    {
        var original = OpmlReader.Read(File("subscriptions.opml")).Document!;

        var bytes = OpmlWriter.Write(original);
        var again = OpmlReader.Read(bytes).Document!;

        Assert.Equal(Describe(original), Describe(again));
        Assert.Equal(bytes, OpmlWriter.Write(again));
        Assert.Contains("expansionState", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RealWorldSloppiness_IsRecovered()
    {
        var sloppy = """
            <opml version="1.0"><head><title>Export</title></head><body>
            <outline title="Tech"><outline title="Only a title" xmlurl="http://a.test/rss?x=1&y=2" htmlurl="http://a.test/"/></outline>
            </body></opml>
            """;

        var result = OpmlReader.Read(Encoding.UTF8.GetBytes(sloppy));

        Assert.True(result.Success, result.Error);
        Assert.NotNull(result.Warning);
        var (folders, feed) = result.Document!.Feeds().Single();
        Assert.Equal(["Tech"], folders);
        Assert.Equal("http://a.test/rss?x=1&y=2", feed.XmlUrl);
        Assert.Equal("Only a title", feed.DisplayName);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("just some text", "no XML")]
    [InlineData("<html><body>Login</body></html>", "not OPML")]
    [InlineData("<opml version=\"2.0\"><head/></opml>", "no <body>")]
    public void Read_Garbage_SaysWhatItIs(string text, string expected)
    {
        var result = OpmlReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    private static string Describe(OpmlDocument d) =>
        $"{d.Version}|{d.Title}|{d.DateCreated}|{d.OwnerName}|{string.Join(",", d.OtherHead)}|" + string.Join(";", d.Outlines.Select(Describe));

    private static string Describe(OpmlOutline o) =>
        $"[{o.Text}|{o.Title}|{o.Type}|{o.XmlUrl}|{o.HtmlUrl}|{string.Join(",", o.OtherAttributes)}|{string.Join(";", o.Children.Select(Describe))}]";
}

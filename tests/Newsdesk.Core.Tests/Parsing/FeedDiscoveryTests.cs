using Newsdesk.Core.Parsing.Discovery;

namespace Newsdesk.Core.Tests.Parsing;

public sealed class FeedDiscoveryTests
{
    [Fact]
    public void Find_AlternateLinks_ResolvedAgainstBase()
    {
        var html = """
            <html><head>
              <base href="https://cdn.example/site/">
              <link rel="alternate" type="application/rss+xml" title="All posts" href="feed.xml">
              <link rel="Alternate" type="application/atom+xml" href="/atom">
              <link rel="alternate" type="application/feed+json" href="https://j.example/feed.json">
              <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
              <link rel="stylesheet alternate" type="application/rss+xml" href="/style">
              <link rel="alternate" type="application/rss+xml" href="feed.xml">
            </head><body></body></html>
            """;

        var feeds = FeedDiscovery.Find(html, new Uri("https://www.example/page"));

        Assert.Equal(
            [
                new DiscoveredFeed(new Uri("https://cdn.example/site/feed.xml"), "All posts", "application/rss+xml", false),
                new DiscoveredFeed(new Uri("https://cdn.example/atom"), null, "application/atom+xml", false),
                new DiscoveredFeed(new Uri("https://j.example/feed.json"), null, "application/feed+json", false),
            ],
            feeds);
    }

    [Fact]
    public void Find_NoDeclaredFeed_ReturnsGuessesFlaggedAsSuch()
    {
        var feeds = FeedDiscovery.Find("<html><head><title>Blog</title></head></html>", new Uri("https://blog.example/posts/"));

        Assert.NotEmpty(feeds);
        Assert.All(feeds, f => Assert.True(f.IsGuess));
        Assert.Contains(feeds, f => f.Url == new Uri("https://blog.example/feed"));
        Assert.Contains(feeds, f => f.Url == new Uri("https://blog.example/posts/rss.xml"));
    }

    [Fact]
    public void Find_BrokenHtml_DoesNotThrow()
    {
        var feeds = FeedDiscovery.Find("<link rel=alternate type=application/rss+xml href=/f><<<>>", new Uri("http://x.example/a"));

        Assert.Equal(new Uri("http://x.example/f"), feeds.Single().Url);
    }
}

using System.Text;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

/// <summary>
/// Pages built to hurt: each must come back as an empty or error result, never an exception,
/// a hang or a stack overflow. Bounded time is enforced with a generous deadline (a hang fails,
/// speed is measured in docs/benchmarks.md, not here).
/// </summary>
public sealed class HostilePageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    private const string Paragraph = "<p>The harbour board met again on Thursday to discuss the dredging contract, which is now two years late.</p>";

    [Fact]
    public async Task FiftyMegabytePage_IsCutAtTheLimit()
    {
        var html = new StringBuilder(52_000_000).Append("<html><body><div class=\"article-body\">");
        while (html.Length < 50_000_000)
        {
            html.Append(Paragraph);
        }

        html.Append("<p>MARKER PAST THE LIMIT that no reader of the first eight megabytes can see at all.</p></div></body></html>");
        var page = html.ToString();

        var result = await RunBounded(() => new ArticleExtractor().Extract(page, null));

        Assert.Null(result.Error);
        Assert.NotEmpty(result.Blocks);
        Assert.DoesNotContain(result.Blocks, b => b.Text.Contains("MARKER", StringComparison.Ordinal));
        Assert.True(result.Blocks.Sum(b => b.Text.Length) < ArticleExtractor.MaxHtmlChars);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("blockquote")]
    [InlineData("li")]
    [InlineData("table")]
    public async Task TenThousandDeepNesting_RunsOnASmallStack(string tag)
    {
        const int Depth = 10_000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < Depth; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }

        html.Append(Paragraph);
        for (var i = 0; i < Depth; i++)
        {
            html.Append("</").Append(tag).Append('>');
        }

        html.Append("</body></html>");
        var page = html.ToString();

        // 1 MB of stack: a recursive walk over 10,000 levels would overflow it and kill the test host.
        ExtractionResult? result = null;
        var thread = new Thread(() => result = new ArticleExtractor().Extract(page, null), maxStackSize: 1024 * 1024);
        thread.Start();
        await RunBounded(() => { thread.Join(); return true; });

        Assert.NotNull(result);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("<html><head><title>Only a title</title></head></html>")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<!-- nothing but a comment -->")]
    [InlineData("<html><body><script>var article = 'not text';</script><script src=\"/app.js\"></script><noscript>Enable JavaScript to read this page.</noscript></body></html>")]
    [InlineData("<html><body><style>p { color: red }</style><template><p>Template content is never rendered by a browser.</p></template></body></html>")]
    public void PagesWithoutBodyText_AreEmpty(string html)
    {
        var result = new ArticleExtractor().Extract(html, null);

        Assert.True(result.IsEmpty);
        Assert.Null(result.Error);
    }

    [Fact]
    public void BinaryBytes_AreAnError()
    {
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];

        Assert.NotNull(new ArticleExtractor().Extract(bytes, null).Error);
        Assert.NotNull(new ArticleExtractor().Extract(png, null).Error);
        Assert.NotNull(new ArticleExtractor().Extract(Encoding.Latin1.GetString(bytes), null).Error);
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-16")]
    [InlineData("\"><script>")]
    public void UnknownOrBogusCharsets_FallBackWithoutFailing(string charset)
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"x-unknown-{charset.Length}\"></head><body>{Paragraph}</body></html>");

        var result = new ArticleExtractor().Extract(bytes, null, httpCharset: charset);

        Assert.Null(result.Error);
        Assert.Contains("dredging contract", ArticleBody.ToPlainText(result.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_DeclaredAsUtf8_DecodesWithReplacementCharacters()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Broken byte here: X. The council's budget debate ran for six hours and ended without a vote.</p></body></html>");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3;

        var result = new ArticleExtractor().Extract(bytes, null);

        Assert.Null(result.Error);
        Assert.Contains("budget debate", ArticleBody.ToPlainText(result.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void HugeAttributesAndEntityFloods_StayBounded()
    {
        var html = "<html><body><div class=\"" + new string('a', 2_000_000) + "\">" + string.Concat(Enumerable.Repeat("&amp;&#x41;&lt;", 200_000)) + "</div>" + Paragraph + "</body></html>";

        var result = new ArticleExtractor().Extract(html, null);

        Assert.Null(result.Error);
    }

    private static async Task<T> RunBounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        var finished = await Task.WhenAny(task, Task.Delay(Deadline));
        Assert.True(finished == task, $"extraction did not finish within {Deadline}");
        return await task;
    }
}

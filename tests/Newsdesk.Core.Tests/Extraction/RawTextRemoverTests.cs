using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

public sealed class RawTextRemoverTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>", "<p>a</p><script></script><p>c</p>" },
        { "<STYLE type=text/css>p { color: red }</STYLE ><p>c</p>", "<STYLE type=text/css></STYLE ><p>c</p>" },
        { "<script src=\"a.js\"/>x</script>", "<script src=\"a.js\"/></script>" },
        // JSON-LD is metadata; a script with "<!--" ends by rules the scanner does not follow.
        { "<script type=\"application/ld+json\">{\"a\":1}</script>", "<script type=\"application/ld+json\">{\"a\":1}</script>" },
        { "<script><!-- document.write('<script>x</script>') --></script><p>c</p>", "<script><!-- document.write('<script>x</script>') --></script><p>c</p>" },
        // "<script" where the tokenizer sees no tag: comments, attribute values, title and textarea text.
        { "<!-- <script> --><p>a</p><!-- </script> -->", "<!-- <script> --><p>a</p><!-- </script> -->" },
        { "<a title=\"<script>\" href=x>a</a><p>b</p></script>", "<a title=\"<script>\" href=x>a</a><p>b</p></script>" },
        { "<textarea><script>x</textarea><p>b</p></script>", "<textarea><script>x</textarea><p>b</p></script>" },
        { "<title>a <style> b</title><p>c</p></style>", "<title>a <style> b</title><p>c</p></style>" },
        // "</scripts>" does not end a script; an unclosed one is left to the parser.
        { "<script>a</scripts>b</script>c", "<script></script>c" },
        { "<p>a</p><script>never closed", "<p>a</p><script>never closed" },
        { "<p title='unclosed><script>x</script>", "<p title='unclosed><script>x</script>" },
        { "", "" },
        { "<", "<" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Remove_EmptiesScriptAndStyleOnly(string html, string expected)
    {
        Assert.Equal(expected, RawTextRemover.Remove(html));
    }

    [Fact]
    public void Remove_ManyScripts_IsLinear()
    {
        var html = string.Concat(Enumerable.Repeat("<script>var a = 1;</script><p>text</p><!-- c --><a href='x'>l</a>", 200_000));
        var removed = RawTextRemover.Remove(html);
        Assert.Equal(html.Length - (200_000 * "var a = 1;".Length), removed.Length);
    }
}

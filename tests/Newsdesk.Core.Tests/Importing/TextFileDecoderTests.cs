using System.IO.Compression;
using System.Text;
using Newsdesk.Core.Importing;

namespace Newsdesk.Core.Tests.Importing;

/// <summary>Every kind of bad input gets a clear error; good text in each supported encoding is read.</summary>
public sealed class TextFileDecoderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsdesk-decoder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0A }, "empty file (only whitespace)")]
    [InlineData(new byte[] { 0x48, 0x69, 0x00, 0x01, 0x02 }, "binary file (it contains NUL bytes), not text")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "binary file (a PDF document), not text")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "binary file (a PNG image), not text")]
    [InlineData(new byte[] { 0x53, 0x65, 0x6F, 0x75, 0x6C, 0x20, 0xE9, 0x74, 0xE9 }, "not valid UTF-8 text: bad byte (0xE9) at byte 6; save the file as UTF-8")]
    public async Task Decode_BadText_SaysWhy(byte[] bytes, string error)
    {
        var result = await new TextFileDecoder(1024).DecodeAsync(Write("a.txt", bytes), gzip: false, html: false, default);
        Assert.Null(result.Text);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task Decode_OverTheCap_NamesBothSizes()
    {
        var result = await new TextFileDecoder(1024).DecodeAsync(Write("big.txt", Encoding.UTF8.GetBytes(new string('a', 3000))), false, false, default);
        Assert.Equal("file is 2.9 KiB, over the import cap of 1 KiB (Importing:MaxFileBytes)", result.Error);
    }

    [Fact]
    public async Task Decode_TruncatedGzip_IsRefused()
    {
        var whole = Gzip(Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 400).Select(i => $"Line {i} of a saved page about the border."))));
        var result = await new TextFileDecoder(1 << 20).DecodeAsync(Write("cut.html.gz", whole[..(whole.Length / 2)]), gzip: true, html: true, default);
        Assert.StartsWith("truncated", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_NotGzipAtAll_IsRefused()
    {
        var result = await new TextFileDecoder(1 << 20).DecodeAsync(Write("fake.html.gz", Encoding.UTF8.GetBytes("<html><body>plain text, not gzip, long enough</body></html>")), true, true, default);
        Assert.Equal("not gzip data (the file does not start with the gzip signature)", result.Error);
    }

    [Fact]
    public async Task Decode_GzipBomb_IsStoppedAtTheCap()
    {
        var result = await new TextFileDecoder(64 * 1024).DecodeAsync(Write("bomb.html.gz", Gzip(new byte[1 << 20].Select(_ => (byte)'a').ToArray())), true, true, default);
        Assert.Equal("decompressed size is over the import cap of 64 KiB (Importing:MaxFileBytes)", result.Error);
    }

    [Fact]
    public async Task Decode_Gzip_RoundTrips()
    {
        var result = await new TextFileDecoder(1 << 20).DecodeAsync(Write("ok.html.gz", Gzip(Encoding.UTF8.GetBytes("<p>Wonsan</p>"))), true, true, default);
        Assert.Equal("<p>Wonsan</p>", result.Text);
    }

    [Fact]
    public void Decode_Utf8Bom_And_Utf16Bom_AreRead()
    {
        Assert.Equal("Séoul", TextFileDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Séoul")], html: false).Text);
        Assert.Equal("Séoul", TextFileDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Séoul")], html: false).Text);
    }

    [Fact]
    public void Decode_HtmlDeclaringLatin1_IsReadInThatCharset()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Séoul</p></body></html>");
        Assert.Contains("Séoul", TextFileDecoder.Decode(bytes, html: true).Text, StringComparison.Ordinal);
        Assert.StartsWith("not valid UTF-8", TextFileDecoder.Decode(bytes, html: false).Error, StringComparison.Ordinal);
    }
}

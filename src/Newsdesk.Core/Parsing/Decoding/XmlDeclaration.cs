using System.Text;

namespace Newsdesk.Core.Parsing.Decoding;

/// <summary>Reads the encoding pseudo-attribute of an XML declaration in ASCII-compatible bytes.</summary>
internal static class XmlDeclaration
{
    public static string? ReadEncoding(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (!bytes[start..].StartsWith("<?xml"u8))
        {
            return null;
        }

        var head = bytes[start..];
        var end = head.IndexOf("?>"u8);
        if (end < 0)
        {
            end = Math.Min(head.Length, 200);
        }

        var decl = Encoding.ASCII.GetString(head[..end]);
        var at = decl.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var i = at + "encoding".Length;
        while (i < decl.Length && decl[i] is ' ' or '\t' or '\r' or '\n' or '=')
        {
            i++;
        }

        if (i >= decl.Length || decl[i] is not ('"' or '\''))
        {
            return null;
        }

        var quote = decl[i];
        var close = decl.IndexOf(quote, i + 1);
        return close < 0 ? null : decl[(i + 1)..close].Trim();
    }
}

namespace Newsdesk.Core.Parsing.Xml;

/// <summary>Reads general entity declarations with literal values from a DOCTYPE internal subset; external ones are ignored.</summary>
internal static class InternalSubset
{
    public static Dictionary<string, string>? ReadEntities(ReadOnlySpan<char> subset)
    {
        Dictionary<string, string>? entities = null;
        var i = 0;
        while (true)
        {
            var at = subset[i..].IndexOf("<!ENTITY", StringComparison.Ordinal);
            if (at < 0)
            {
                return entities;
            }

            i += at + 8;
            while (i < subset.Length && char.IsWhiteSpace(subset[i]))
            {
                i++;
            }

            if (i < subset.Length && subset[i] == '%')
            {
                continue;
            }

            var nameStart = i;
            while (i < subset.Length && !char.IsWhiteSpace(subset[i]) && subset[i] != '>')
            {
                i++;
            }

            var name = subset[nameStart..i].ToString();
            while (i < subset.Length && char.IsWhiteSpace(subset[i]))
            {
                i++;
            }

            if (i >= subset.Length || subset[i] is not ('"' or '\''))
            {
                continue;
            }

            var quote = subset[i];
            var close = subset[(i + 1)..].IndexOf(quote);
            if (close < 0)
            {
                return entities;
            }

            (entities ??= [])[name] = subset.Slice(i + 1, close).ToString();
            i += close + 2;
        }
    }
}

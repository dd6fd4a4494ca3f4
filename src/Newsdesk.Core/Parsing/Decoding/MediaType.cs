namespace Newsdesk.Core.Parsing.Decoding;

/// <summary>A parsed Content-Type header: the media type (lower case) and its charset parameter, if well-formed.</summary>
internal readonly record struct MediaType(string Type, string? Charset)
{
    public static MediaType? Parse(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var parts = contentType.Split(';');
        var type = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }

            if (parts[i][..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = parts[i][(eq + 1)..].Trim().Trim('"', '\'').Trim();
                charset = value.Length > 0 ? value : null;
            }
        }

        return new MediaType(type, charset);
    }

    /// <summary>XML media types (RFC 7303): application/xml, text/xml, */*+xml and the parsed-entity and DTD types.</summary>
    public bool IsXml =>
        Type is "application/xml" or "text/xml" or "application/xml-external-parsed-entity" or "text/xml-external-parsed-entity" or "application/xml-dtd"
        || ((Type.StartsWith("application/", StringComparison.Ordinal) || Type.StartsWith("text/", StringComparison.Ordinal)) && Type.EndsWith("+xml", StringComparison.Ordinal));

    /// <summary>JSON media types (application/json, application/feed+json, */*+json).</summary>
    public bool IsJson => Type is "application/json" or "text/json" || Type.EndsWith("+json", StringComparison.Ordinal);

    public bool IsText => Type.StartsWith("text/", StringComparison.Ordinal);
}

using System.Text;

namespace Newsdesk.Core.Parsing.Uris;

/// <summary>
/// Reference resolution (RFC 3986 section 5.2) on strings, so IRIs keep their characters as
/// written (System.Uri would percent-encode "À" or reformat hosts). Two repairs follow the WHATWG URL
/// standard that browsers apply: surrounding whitespace is ignored, and extra slashes after
/// "http:" / "https:" ("http:///example.com/") are collapsed. Bases with a scheme that could run
/// script (javascript:, data:, vbscript:) are refused.
/// </summary>
public static class UriResolver
{
    /// <summary>Schemes accepted as a base URI (xml:base, Content-Location).</summary>
    private static readonly string[] SafeBaseSchemes = ["http", "https", "ftp", "file"];

    /// <summary>Schemes whose references are never rewritten or followed because they can run script.</summary>
    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data"];

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseUri"/>; returns the trimmed reference when there is no usable base.</summary>
    public static string Resolve(string? baseUri, string reference)
    {
        var rel = Clean(reference);
        if (string.IsNullOrEmpty(baseUri))
        {
            return rel;
        }

        var r = Split(rel);
        if (r.Scheme is not null)
        {
            return rel;
        }

        var b = Split(baseUri);
        if (b.Scheme is null)
        {
            return rel;
        }

        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        var sb = new StringBuilder(baseUri.Length + rel.Length);
        sb.Append(b.Scheme).Append(':');
        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (r.Fragment is not null)
        {
            sb.Append('#').Append(r.Fragment);
        }

        return sb.ToString();
    }

    /// <summary>True when the text has a scheme (is not a relative reference).</summary>
    public static bool IsAbsolute(string uri) => Split(Clean(uri)).Scheme is not null;

    /// <summary>True when <paramref name="uri"/> is absolute with a scheme fit to be a base.</summary>
    public static bool IsSafeBase(string uri)
    {
        var scheme = Split(Clean(uri)).Scheme;
        return scheme is not null && Array.Exists(SafeBaseSchemes, s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the reference uses a scheme that can run script.</summary>
    public static bool IsScript(string uri)
    {
        var scheme = Split(Clean(uri)).Scheme;
        return scheme is not null && Array.Exists(ScriptSchemes, s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }

    private static string Clean(string uri)
    {
        var s = uri.Trim();
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        if (colon is 4 or 5 && s.Length > colon + 3 && s[colon + 1] == '/' && s[colon + 2] == '/' && s[colon + 3] == '/'
            && (s.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https:", StringComparison.OrdinalIgnoreCase)))
        {
            var end = colon + 3;
            while (end < s.Length && s[end] == '/')
            {
                end++;
            }

            s = string.Concat(s.AsSpan(0, colon + 3), s.AsSpan(end));
        }

        return s;
    }

    private static string Merge(Parts b, string relPath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + relPath;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relPath : string.Concat(b.Path.AsSpan(0, slash + 1), relPath);
    }

    private static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var input = path;
        var output = new List<string>();
        var absolute = input.StartsWith('/');
        var segments = input.Split('/');
        for (var i = absolute ? 1 : 0; i < segments.Length; i++)
        {
            var seg = segments[i];
            var last = i == segments.Length - 1;
            if (seg == ".")
            {
                if (last)
                {
                    output.Add("");
                }
            }
            else if (seg == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                if (last)
                {
                    output.Add("");
                }
            }
            else
            {
                output.Add(seg);
            }
        }

        var joined = string.Join('/', output);
        return absolute ? "/" + joined : joined;
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string s)
    {
        string? scheme = null;
        var i = 0;
        for (var j = 0; j < s.Length; j++)
        {
            var c = s[j];
            if (c == ':')
            {
                if (j > 0)
                {
                    scheme = s[..j];
                    i = j + 1;
                }

                break;
            }

            var ok = char.IsAsciiLetter(c) || (j > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            if (!ok)
            {
                break;
            }
        }

        string? fragment = null;
        var hash = s.IndexOf('#', i);
        var end = s.Length;
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            end = hash;
        }

        string? query = null;
        var q = s.IndexOf('?', i);
        if (q >= 0 && q < end)
        {
            query = s[(q + 1)..end];
            end = q;
        }

        string? authority = null;
        if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            var start = i + 2;
            var slash = s.IndexOf('/', start);
            var authEnd = slash < 0 || slash > end ? end : slash;
            authority = s[start..authEnd];
            i = authEnd;
        }

        return new Parts(scheme, authority, s[i..end], query, fragment);
    }
}

using System.Text.RegularExpressions;
using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing;

/// <summary>Reads people: Atom person constructs, and the free-text forms RSS and Dublin Core use.</summary>
internal static partial class People
{
    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    /// <summary>An Atom person (name, email, uri; Atom 0.3 also url and homepage), or null when empty.</summary>
    public static FeedPerson? Atom(ParsedElement e)
    {
        string? name = null, email = null, uri = null;
        foreach (var child in e.Elements())
        {
            switch (child.Name)
            {
                case "name":
                    name = NullIfEmpty(child.Text);
                    break;
                case "email":
                    email = NullIfEmpty(child.Text);
                    break;
                case "uri" or "url" or "homepage":
                    uri = NullIfEmpty(child.Text) is { } u ? UriResolver.Resolve(child.Base, u) : null;
                    break;
            }
        }

        if (name is null && email is null && uri is null)
        {
            name = NullIfEmpty(e.Text);
        }

        return name is null && email is null && uri is null ? null : new FeedPerson(name, email, uri);
    }

    /// <summary>
    /// A person written as text: "Name (email)", "email (Name)", "Name &lt;email&gt;", an address
    /// or a name alone. The address is found by shape; the rest, without brackets, is the name.
    /// </summary>
    public static FeedPerson? FromText(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        var match = EmailPattern().Match(t);
        if (!match.Success)
        {
            return new FeedPerson(t);
        }

        var email = match.Value;
        var rest = (t[..match.Index] + t[(match.Index + match.Length)..])
            .Replace("mailto:", "", StringComparison.OrdinalIgnoreCase)
            .Replace("()", "", StringComparison.Ordinal)
            .Replace("<>", "", StringComparison.Ordinal)
            .Trim()
            .Trim('(', ')', '<', '>', '[', ']', '"', ' ', ',')
            .Trim();
        return new FeedPerson(rest.Length == 0 ? null : rest, email);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}

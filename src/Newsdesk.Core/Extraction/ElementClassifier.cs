using AngleSharp.Dom;

namespace Newsdesk.Core.Extraction;

/// <summary>What an element's tag and attributes say about it, before its text is read.</summary>
internal enum ElementRole
{
    Plain,
    /// <summary>Page furniture by tag, ARIA role, hiding, or class/id vocabulary: dropped with its subtree.</summary>
    Boilerplate,
    /// <summary>Named as the article body (itemprop=articleBody, "entry-content", "article-body", ...).</summary>
    BodyMarker,

    /// <summary>Class/id vocabulary of page furniture: read, but kept only when it turns out to wrap the article.</summary>
    Furniture,

    /// <summary>A caption or credit container (figcaption-like by class): its text becomes caption blocks.</summary>
    Caption,
}

/// <summary>Reads class, id, role, itemprop and hiding attributes against <see cref="BoilerplateVocabulary"/>.</summary>
internal static class ElementClassifier
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negative =
        BoilerplateVocabulary.NegativeTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> State =
        BoilerplateVocabulary.StateTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Caption =
        BoilerplateVocabulary.CaptionTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// ARIA landmark roles of page chrome. "complementary" is the role of an aside; "alert" and
    /// "alertdialog" carry cookie and paywall prompts.
    /// </summary>
    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "alert", "menu", "menubar", "search", "toolbar", "tablist",
    };

    public static ElementRole Classify(IElement element, bool useClassVocabulary)
    {
        // One pass over the attributes: most elements carry none or one, and GetAttribute scans them per call.
        string? className = null, id = null, role = null, itemprop = null, style = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "class":
                    className = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "itemprop":
                    itemprop = attribute.Value;
                    break;
                case "style":
                    style = attribute.Value;
                    break;
                case "hidden":
                    return ElementRole.Boilerplate;
                case "aria-hidden" when attribute.Value.Equals("true", StringComparison.OrdinalIgnoreCase):
                    return ElementRole.Boilerplate;
            }
        }

        if (!string.IsNullOrEmpty(style) && (ContainsIgnoringSpaces(style, "display:none") || ContainsIgnoringSpaces(style, "visibility:hidden")))
        {
            return ElementRole.Boilerplate;
        }

        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ElementRole.BodyMarker;
        }

        if (role is not null && BoilerplateRoles.Contains(role))
        {
            return ElementRole.Boilerplate;
        }

        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return ElementRole.Plain;
        }

        var marker = HasBodyMarker(className) || HasBodyMarker(id);
        if (marker)
        {
            return ElementRole.BodyMarker;
        }

        if (HasHiddenClass(className))
        {
            return ElementRole.Boilerplate;
        }

        if (useClassVocabulary && (HasToken(className, Negative) || HasToken(id, Negative)))
        {
            return ElementRole.Furniture;
        }

        return HasToken(className, Caption) ? ElementRole.Caption : ElementRole.Plain;
    }

    private static bool ContainsIgnoringSpaces(string haystack, string needle)
    {
        var j = 0;
        foreach (var c in haystack)
        {
            if (c == ' ')
            {
                continue;
            }

            if (char.ToLowerInvariant(c) == needle[j])
            {
                if (++j == needle.Length)
                {
                    return true;
                }
            }
            else
            {
                j = char.ToLowerInvariant(c) == needle[0] ? 1 : 0;
            }
        }

        return false;
    }

    private static bool HasHiddenClass(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (var range in names.AsSpan().Split(' '))
        {
            var name = names.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (name.Length > 0 && BoilerplateVocabulary.HiddenClassNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a class/id name, reduced to lowercase letters and digits, contains a body marker.</summary>
    private static bool HasBodyMarker(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 512)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[names.Length];
        var length = 0;
        foreach (var c in names)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (c == ' ')
            {
                buffer[length++] = ' ';
            }
        }

        var normalized = buffer[..length];
        foreach (var marker in BoilerplateVocabulary.BodyMarkers)
        {
            if (normalized.IndexOf(marker.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasToken(string? names, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> tokens)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 512)
        {
            return false;
        }

        Span<char> token = stackalloc char[64];
        var span = names.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            var name = span[start..i];
            if (name.IsEmpty || HasIgnoredPrefix(name))
            {
                continue;
            }

            if (NameHasToken(name, token, tokens))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasIgnoredPrefix(ReadOnlySpan<char> name)
    {
        foreach (var prefix in BoilerplateVocabulary.IgnoredClassPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits one class name into tokens at non-letters and lower-to-upper humps.</summary>
    private static bool NameHasToken(ReadOnlySpan<char> name, Span<char> token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> tokens)
    {
        var length = 0;
        var found = false;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '\0';
            var boundary = !char.IsAsciiLetter(c) || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(name[i - 1]));
            if (boundary && length > 0)
            {
                if (State.Contains(token[..length]))
                {
                    return false;
                }

                found |= tokens.Contains(token[..length]);

                length = 0;
            }

            if (char.IsAsciiLetter(c) && length < token.Length)
            {
                token[length++] = char.ToLowerInvariant(c);
            }
        }

        return found;
    }
}

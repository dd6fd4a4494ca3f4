using System.Text.RegularExpressions;

namespace Newsdesk.Core.Dedup;

/// <summary>
/// Finds the outlets an article credits as its source, the strongest evidence of who reported
/// first. Patterns, each seen in wire pickups:
/// 1. a dateline credit: "SEOUL (Yonhap) --", "WASHINGTON (AP) —";
/// 2. a reporting verb: "Yonhap reported", "reported by Reuters", "according to Yonhap", "KCNA said in a report";
/// 3. a credit line: "By Yonhap" alone on a line, "(Yonhap)" ending a paragraph;
/// 4. a contribution line: "Associated Press writer Kim Tong-hyung contributed to this report".
/// </summary>
public static partial class AttributionFinder
{
    private const string Name = @"(?:[Tt]he\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|de)){0,4}";

    /// <summary>News agencies often credited by acronym or short name, recognised in any credit pattern.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AP"] = "Associated Press",
        ["The Associated Press"] = "Associated Press",
        ["AFP"] = "Agence France-Presse",
        ["Agence France Presse"] = "Agence France-Presse",
        ["KCNA"] = "Korean Central News Agency",
    };

    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        var head = text.Length > 4000 ? text[..4000] : text;
        var tail = text.Length > 2000 ? text[^2000..] : text;
        Collect(found, DatelineCredit().Matches(head));
        Collect(found, ReportingVerb().Matches(head));
        Collect(found, CreditLine().Matches(text));
        Collect(found, Contribution().Matches(tail));
        return found;
    }

    /// <summary>True when an outlet name and a credited name denote the same publisher ("AP" and "The Associated Press").</summary>
    public static bool SameOutlet(string? outlet, string credited)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return false;
        }

        var a = Normalize(outlet);
        var b = Normalize(credited);
        return a.Length > 0 && b.Length > 0 && (a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal));
    }

    private static string Normalize(string name)
    {
        var n = Aliases.TryGetValue(name.Trim(), out var full) ? full : name.Trim();
        n = Dedup.TextFingerprint.Normalize(n);
        if (n.StartsWith("the ", StringComparison.Ordinal))
        {
            n = n[4..];
        }

        // Domains name the outlet too: "yna.co.kr" stays itself, "www.reuters.com" becomes "reuters com".
        return n.StartsWith("www ", StringComparison.Ordinal) ? n[4..] : n;
    }

    /// <summary>
    /// The name an outlet known only by its host gives itself in its own dateline: "peninsulawire.example"
    /// whose report opens "SEOUL, Nov. 21 (Peninsula Wire) --" is Peninsula Wire. The credited name must
    /// spell the host's first label (letters and digits, "The" aside), so a pickup's credit of the agency
    /// it copied never renames the site that carried it. Null when there is no such credit.
    /// </summary>
    public static string? SelfCredit(string? outlet, string text)
    {
        if (!Articles.OutletNames.IsHost(outlet))
        {
            return null;
        }

        var label = Articles.OutletNames.FirstLabel(outlet!);
        var head = text.Length > 600 ? text[..600] : text;
        foreach (Match m in OwnDateline().Matches(head))
        {
            var name = m.Groups["o"].Value.Trim();
            var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            if (letters == label || (letters.StartsWith("the", StringComparison.Ordinal) && letters[3..] == label))
            {
                return name;
            }
        }

        return null;
    }

    private static void Collect(List<string> found, MatchCollection matches)
    {
        foreach (Match m in matches)
        {
            var name = m.Groups["o"].Value.Trim().TrimEnd('.', ',');
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            name = Aliases.TryGetValue(name, out var full) ? full : name;
            if (name.Length >= 2 && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }
    }

    [GeneratedRegex(@"(?m)^[A-Z][A-Z .,'/-]{1,40}\((?<o>[A-Z][\w&'. -]{1,40})\)\s*[-—–]")]
    private static partial Regex DatelineCredit();

    /// <summary>A dateline with its date: "SEOUL, Nov. 21 (Peninsula Wire) --".</summary>
    [GeneratedRegex(@"(?m)^[A-Z][\w .,'/-]{1,40}\((?<o>[A-Z][\w&'. -]{1,40})\)\s*[-—–]")]
    private static partial Regex OwnDateline();

    [GeneratedRegex(@"(?<o>" + Name + @")\s+(?:news agency\s+)?(?:reported|said in a report|first reported)\b|(?:reported by|according to|citing|cited by)\s+(?<o>" + Name + ")")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"(?m)^\s*(?:By|Source:|Via)\s+(?<o>" + Name + @")\s*$|\((?<o>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\)\s*$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"(?<o>" + Name + @")\s+(?:writers?|authors?|reporters?|correspondents?|staff)\b[^.\n]{0,80}\bcontributed\b")]
    private static partial Regex Contribution();
}

namespace Newsdesk.Core.Fetching;

/// <summary>
/// The rules of one robots.txt for one crawler (RFC 9309): the group naming our product token,
/// else the "*" group; the longest matching pattern wins and Allow wins a tie; "*" and "$" work.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    public int RuleCount => _rules.Count;

    public static RobotsTxt Parse(string text, string productToken)
    {
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        var foundMine = false;
        var agents = new List<string>();
        var inRules = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }

                agents.Add(value);
                continue;
            }

            if (key is not ("allow" or "disallow"))
            {
                continue;
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue;
            }

            var rule = (value, key == "allow");
            if (agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase)))
            {
                foundMine = true;
                mine.Add(rule);
            }
            else if (agents.Contains("*"))
            {
                anyone.Add(rule);
            }
        }

        return new RobotsTxt(foundMine ? mine : anyone);
    }

    /// <summary>True when the URL's path and query may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, path))
            {
                continue;
            }

            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        return Match(pattern, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                if (p == pattern.Length)
                {
                    return true;
                }

                for (var i = s; i <= path.Length; i++)
                {
                    if (Match(pattern, p, path, i, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || pattern[p] != path[s])
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }
}

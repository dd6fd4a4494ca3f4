using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Copyright lines: "© 2026 Harbor Ledger", "Copyright 2025 The Associated Press. All rights reserved."</summary>
public sealed partial class CopyrightRule : LinePatternRule
{
    /// <summary>
    /// The notice opens the line ("©" or the "ⓒ" of Korean sites, or "Copyright" or "(c)" before a
    /// year, a © or "by") and runs at most 160 more characters, or closes it with "All rights
    /// reserved". "Copyright holders sued ..." is a sentence, not a notice.
    /// </summary>
    [GeneratedRegex(@"^\W*([©ⓒ]|(\(c\)|copyright\b)\W*([©ⓒ]|\(c\)|(19|20)\d\d|by\b)).{0,160}$|all rights reserved\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    public override string Name => "copyright";

    protected override Regex Pattern => Notice();
}

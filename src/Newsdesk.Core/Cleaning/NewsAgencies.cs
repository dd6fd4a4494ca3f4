namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Wire services and photo agencies, as they appear in credits ("(Yonhap)", "Reuters") and bylines
/// ("by Yonhap"). Named data, not a heuristic: extend it when a credit slips through.
/// </summary>
public static class NewsAgencies
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Yonhap", "Yonhap News", "Yonhap News Agency", "Newsis", "News1", "KCNA", "Korean Central News Agency",
        "Associated Press", "AP", "AP Photo", "Reuters", "AFP", "Agence France-Presse", "EPA", "EPA-EFE", "Getty Images",
        "Xinhua", "Kyodo", "Kyodo News", "TASS", "RIA Novosti", "UPI", "dpa", "Bloomberg", "ANSA", "Sputnik",
        "Joint Press Corps", "Pool", "Pool Photo", "Handout",
    };

    public static bool IsAgency(string name) => Names.Contains(name.Trim().TrimEnd('.'));
}

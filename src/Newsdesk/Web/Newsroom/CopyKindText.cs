using Newsdesk.Core.Articles;

namespace Newsdesk.Web.Newsroom;

/// <summary>How the newsroom names a kind of copy: "Edited copy" of an original, or "edited" in a list of who carried it.</summary>
internal static class CopyKindText
{
    public static string Label(CopyKind kind) => kind switch
    {
        CopyKind.Verbatim => "Verbatim copy",
        CopyKind.Edited => "Edited copy",
        CopyKind.Rewrite => "Rewrite",
        _ => "Copy",
    };

    public static string Short(CopyKind kind) => kind switch
    {
        CopyKind.Verbatim => "verbatim",
        CopyKind.Edited => "edited",
        CopyKind.Rewrite => "rewritten",
        _ => "copy",
    };
}

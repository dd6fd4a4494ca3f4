namespace Newsdesk.Core.Importing;

/// <summary>
/// How an outlet name was found, weakest first. A wire agency in the byline ("by Yonhap") names
/// who wrote it even on a partner's site; a masthead line names the publisher; a domain line beats
/// a page-title suffix because it is the page the curator copied from.
/// </summary>
public enum OutletEvidence
{
    None = 0,
    LinkHost = 1,
    Dateline = 2,
    TitleSuffix = 3,
    DomainLine = 4,
    FromLine = 5,
    Masthead = 6,
    AgencyByline = 7,
}

namespace Newsdesk.Core.Importing;

/// <summary>Limits for `newsdesk import` (section "Importing").</summary>
public sealed class ImportingOptions
{
    /// <summary>
    /// Files (and decompressed .gz contents) larger than this are refused. The largest real page in
    /// the extraction benchmark is under 2 MiB and a month of digests under 1 MiB; 16 MiB leaves
    /// room while keeping one stray video or database dump from filling memory.
    /// </summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;
}

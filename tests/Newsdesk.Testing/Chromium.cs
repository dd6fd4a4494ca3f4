namespace Newsdesk.Testing;

/// <summary>Debian's Chromium, driven by Playwright in end-to-end tests (never downloaded).</summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Flags that keep Chromium off the network and quiet in a sandboxed CI machine.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];
}

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// Summaries (section "Summarizing"). Extractive summaries need no settings; the optional
/// abstractive mode calls an OpenAI-compatible chat-completions endpoint and is off by default.
/// </summary>
public sealed class SummarizingOptions
{
    public const string SectionName = "Summarizing";

    /// <summary>Allows abstractive summaries (rewritten by a language model, every sentence checked).</summary>
    public bool Abstractive { get; set; }

    /// <summary>The API base ("http://localhost:11434/v1") or the full ".../chat/completions" URL.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name sent with every request.</summary>
    public string? Model { get; set; }

    /// <summary>Bearer key, if the endpoint wants one. Prefer <see cref="ApiKeyFile"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A file holding the key (Docker/systemd secrets); read once, trimmed.</summary>
    public string? ApiKeyFile { get; set; }

    /// <summary>Time allowed for one completion, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Most characters of source text sent per request; later sentences are left out past it.</summary>
    public int MaxInputCharacters { get; set; } = 24_000;

    /// <summary>Why these options cannot work, or null.</summary>
    public string? Problem()
    {
        if (!Abstractive)
        {
            return null;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "Summarizing:Endpoint must be an http(s) URL when Summarizing:Abstractive is true.";
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            return "Summarizing:Model is required when Summarizing:Abstractive is true.";
        }

        if (TimeoutSeconds is < 1 or > 3600 || MaxInputCharacters < 1000)
        {
            return "Summarizing:TimeoutSeconds must be 1..3600 and Summarizing:MaxInputCharacters at least 1000.";
        }

        return null;
    }
}

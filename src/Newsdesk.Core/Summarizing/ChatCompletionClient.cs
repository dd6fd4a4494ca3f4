using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// Calls an OpenAI-compatible <c>POST /v1/chat/completions</c> endpoint (OpenAI, vLLM, llama.cpp,
/// Ollama) with a system and a user message and returns the reply text. Temperature 0: a
/// summary should not change from one run to the next.
/// </summary>
public sealed class ChatCompletionClient(HttpClient http, IOptions<SummarizingOptions> options)
{
    private readonly SummarizingOptions _options = options.Value;

    private string? _key;

    public string Model => _options.Model ?? "";

    /// <summary>The reply to <paramref name="instructions"/> and <paramref name="input"/>; throws <see cref="HttpRequestException"/> when the endpoint fails.</summary>
    public async Task<string> CompleteAsync(string instructions, string input, CancellationToken ct)
    {
        var problem = _options.Problem() ?? (_options.Abstractive ? null : "Summarizing:Abstractive is off.");
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, CompletionsUri(_options.Endpoint!))
        {
            Content = JsonContent.Create(
                new ChatRequest(Model, [new ChatMessage("system", instructions), new ChatMessage("user", input)], 0),
                ChatJsonContext.Default.ChatRequest),
        };
        var key = await KeyAsync(ct);
        if (!string.IsNullOrEmpty(key))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The language model endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync(ChatJsonContext.Default.ChatResponse, timeout.Token);
        return body?.Choices is [{ Message.Content: { } content }, ..]
            ? content
            : throw new HttpRequestException("The language model endpoint answered without a message.");
    }

    /// <summary>"http://host/v1" and "http://host/v1/" become "http://host/v1/chat/completions"; a full URL is kept.</summary>
    public static Uri CompletionsUri(string endpoint)
    {
        var trimmed = endpoint.TrimEnd('/');
        return new Uri(trimmed.EndsWith("/chat/completions", StringComparison.Ordinal) ? trimmed : trimmed + "/chat/completions");
    }

    private async Task<string?> KeyAsync(CancellationToken ct)
    {
        if (_key is null && !string.IsNullOrEmpty(_options.ApiKeyFile))
        {
            _key = (await File.ReadAllTextAsync(_options.ApiKeyFile, ct)).Trim();
        }

        return _key ?? _options.ApiKey;
    }
}

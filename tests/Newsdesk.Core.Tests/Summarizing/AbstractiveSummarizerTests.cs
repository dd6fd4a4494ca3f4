using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Summarizing;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Summarizing;

public sealed class AbstractiveSummarizerTests
{
    private static readonly SummarySource[] Sources =
    [
        new("North Korea fired two short-range ballistic missiles into the sea on Tuesday, the Joint Chiefs of Staff said. The missiles flew about 350 kilometres.", "North fires two missiles"),
    ];

    private static AbstractiveSummarizer Summarizer(FakeChatServer server, HttpClient http, string? key = "test-key")
    {
        var options = Options.Create(new SummarizingOptions { Abstractive = true, Endpoint = server.BaseUrl.ToString(), Model = "fake-model", ApiKey = key });
        return new AbstractiveSummarizer(new ChatCompletionClient(http, options), options);
    }

    [Fact]
    public async Task Summarize_HallucinatedNumber_IsFlaggedAndTheRestSupported()
    {
        await using var server = await FakeChatServer.StartAsync(
            "North Korea launched two ballistic missiles into the sea on Tuesday.\nThe missiles travelled roughly 900 kilometres.");
        using var http = new HttpClient();

        var summary = await Summarizer(server, http).SummarizeAsync(Sources, SummaryLength.Sentences(2), default);

        Assert.Equal("fake-model", summary.Model);
        Assert.Equal(2, summary.Sentences.Count);
        Assert.True(summary.Sentences[0].Supported);
        var flagged = Assert.Single(summary.Unsupported);
        Assert.Equal("The missiles travelled roughly 900 kilometres.", flagged.Text);
        Assert.Contains("number 900 is not in the sources", flagged.Problems);
    }

    [Fact]
    public async Task Summarize_SendsModelKeyLengthAndSources()
    {
        await using var server = await FakeChatServer.StartAsync("North Korea fired two missiles on Tuesday.");
        using var http = new HttpClient();

        await Summarizer(server, http).SummarizeAsync(Sources, SummaryLength.Words(40), default);

        var (authorization, body) = Assert.Single(server.Requests);
        Assert.Equal("Bearer test-key", authorization);
        Assert.Equal("fake-model", body["model"]!.GetValue<string>());
        Assert.Equal(0, body["temperature"]!.GetValue<double>());
        var user = body["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("about 40 words", user, StringComparison.Ordinal);
        Assert.Contains("Source 1: North fires two missiles", user, StringComparison.Ordinal);
        Assert.Contains("The missiles flew about 350 kilometres.", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_EndpointFails_ThrowsHttpRequestExceptionWithTheStatus()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.StatusCode = 503;
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Summarizer(server, http, key: null).SummarizeAsync(Sources, SummaryLength.Default, default));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, e.StatusCode);
    }

    [Fact]
    public async Task Summarize_AbstractiveOff_RefusesWithoutCallingTheEndpoint()
    {
        await using var server = await FakeChatServer.StartAsync("anything");
        using var http = new HttpClient();
        var options = Options.Create(new SummarizingOptions { Endpoint = server.BaseUrl.ToString(), Model = "fake-model" });
        var summarizer = new AbstractiveSummarizer(new ChatCompletionClient(http, options), options);

        await Assert.ThrowsAsync<InvalidOperationException>(() => summarizer.SummarizeAsync(Sources, SummaryLength.Default, default));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://localhost:11434/v1", "http://localhost:11434/v1/chat/completions")]
    [InlineData("http://localhost:11434/v1/", "http://localhost:11434/v1/chat/completions")]
    [InlineData("https://api.example/v1/chat/completions", "https://api.example/v1/chat/completions")]
    public void CompletionsUri_AcceptsBaseOrFullUrl(string endpoint, string expected) =>
        Assert.Equal(new Uri(expected), ChatCompletionClient.CompletionsUri(endpoint));

    [Fact]
    public void Prompt_LongSources_StopAtWholeSentencesWithinTheBudget()
    {
        var text = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"Sentence number {i} is here."));
        var prompt = AbstractiveSummarizer.Prompt([new SummarySource(text)], SummaryLength.Sentences(3), 1000);

        Assert.Contains("Summarize in 3 sentences this article.", prompt, StringComparison.Ordinal);
        Assert.Contains("Sentence number 1 is here.", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Sentence number 200 is here.", prompt, StringComparison.Ordinal);
        Assert.True(prompt.Length < 1200, prompt.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null, "fake-model", "Summarizing:Endpoint must be an http(s) URL")]
    [InlineData("ftp://models.example/v1", "fake-model", "Summarizing:Endpoint must be an http(s) URL")]
    [InlineData("http://localhost:11434/v1", null, "Summarizing:Model is required")]
    public void Options_AbstractiveWithoutEndpointOrModel_FailStartWithTheSetting(string? endpoint, string? model, string problem)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Summarizing:Abstractive"] = "true", ["Summarizing:Endpoint"] = endpoint, ["Summarizing:Model"] = model })
            .Build());
        services.AddSummarizing();
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SummarizingOptions>>().Value);
        Assert.StartsWith(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Default_IsExtractiveOnlyAndValid()
    {
        var options = new SummarizingOptions();
        Assert.False(options.Abstractive);
        Assert.Null(options.Problem());
    }
}

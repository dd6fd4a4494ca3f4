using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Testing;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 that answers with canned replies
/// (or a status code) and records what it was sent. Never a real model.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeChatServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT/v1".</summary>
    public Uri BaseUrl { get; }

    public ConcurrentQueue<string> Replies { get; } = new();

    public int StatusCode { get; set; } = 200;

    public ConcurrentQueue<(string? Authorization, JsonNode Body)> Requests { get; } = new();

    public static async Task<FakeChatServer> StartAsync(params string[] replies)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeChatServer? server = null;
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            server!.Requests.Enqueue((context.Request.Headers.Authorization.ToString(), body!));
            if (server.StatusCode != 200)
            {
                return Results.StatusCode(server.StatusCode);
            }

            var reply = server.Replies.TryDequeue(out var r) ? r : "";
            var json = new JsonObject
            {
                ["id"] = "cmpl-test",
                ["object"] = "chat.completion",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply },
                    ["finish_reason"] = "stop",
                }),
            };
            return Results.Content(json.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeChatServer(app, new Uri(address.TrimEnd('/') + "/v1"));
        foreach (var reply in replies)
        {
            server.Replies.Enqueue(reply);
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Text.Json.Serialization;

namespace Newsdesk.Core.Summarizing;

internal sealed record ChatMessage(string Role, string? Content);

internal sealed record ChatRequest(string Model, IReadOnlyList<ChatMessage> Messages, double Temperature);

internal sealed record ChatChoice(ChatMessage? Message);

internal sealed record ChatResponse(IReadOnlyList<ChatChoice>? Choices);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatRequest))]
[JsonSerializable(typeof(ChatResponse))]
internal sealed partial class ChatJsonContext : JsonSerializerContext;

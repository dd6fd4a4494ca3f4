using System.Text.Json.Serialization;

namespace Newsdesk.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleRow))]
[JsonSerializable(typeof(SummarizeResponse))]
[JsonSerializable(typeof(RankRow))]
[JsonSerializable(typeof(SearchRow))]
[JsonSerializable(typeof(SubscriberRow))]
internal sealed partial class CliJson : JsonSerializerContext;

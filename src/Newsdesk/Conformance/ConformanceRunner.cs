using System.Text.Json;
using Newsdesk.Core.Parsing;

namespace Newsdesk.Conformance;

/// <summary>
/// Runs conformance vectors through the product's own <see cref="FeedParser"/>: bytes as given,
/// the vector's HTTP response simulated by a <see cref="FeedContext"/>, the result adapted by
/// <see cref="FeedparserView"/> and every check evaluated.
/// </summary>
internal sealed class ConformanceRunner(FeedParser parser)
{
    /// <summary>
    /// Optional behaviours Newsdesk deliberately does not implement; a vector carrying one of these
    /// tags is skipped whole (its bozo expectation depends on the behaviour too).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SkippedFeatures = new Dictionary<string, string>
    {
        ["charset_sniffing"] = "no statistical charset detector: undeclared non-UTF-8 bytes are decoded as windows-1252 and flagged",
        ["rfc3023_text_default"] = "RFC 3023's us-ascii default for text/* is obsolete; RFC 7303 (BOM, then XML declaration) is followed",
        ["mojibake_repair"] = "double-encoded UTF-8 is not re-decoded: guessing would corrupt legitimate Latin-1 text",
        ["cp1252_fallback"] = "undeclared non-UTF-8 bytes are a mis-declared document and are flagged, not silently accepted",
    };

    public static IReadOnlyList<ConformanceVector> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<ConformanceVectorFile>(stream)
            ?? throw new InvalidDataException($"{path} holds no vectors.");
        return file.Vectors;
    }

    public ConformanceReport Run(IEnumerable<ConformanceVector> vectors)
    {
        var results = new List<VectorResult>();
        foreach (var vector in vectors)
        {
            var skipTag = vector.Features?.FirstOrDefault(SkippedFeatures.ContainsKey);
            if (skipTag is not null)
            {
                results.Add(new VectorResult(vector, skipTag, []));
                continue;
            }

            results.Add(new VectorResult(vector, null, Check(vector)));
        }

        return new ConformanceReport(results);
    }

    private List<CheckFailure> Check(ConformanceVector vector)
    {
        var failures = new List<CheckFailure>();
        var bytes = Convert.FromBase64String(vector.Base64);
        FeedContext? context = vector.Http is { } http
            ? new FeedContext(http.Url is null ? null : new Uri(http.Url), http.ContentType, http.Headers ?? [])
            : null;
        ParsedFeed feed;
        try
        {
            feed = parser.Parse(bytes, context);
        }
        catch (Exception ex)
        {
            failures.Add(new CheckFailure("(parse)", "no exception", ex.GetType().Name + ": " + ex.Message));
            return failures;
        }

        if (vector.Bozo is { } bozo && bozo == feed.WellFormed)
        {
            failures.Add(new CheckFailure("bozo", bozo ? "true" : "false", feed.WellFormed ? "false" : $"true ({feed.Problem})"));
        }

        var view = FeedparserView.Build(feed, context);
        foreach (var check in vector.Checks)
        {
            if (!CheckEvaluator.Holds(check, view, out var actual))
            {
                var expected = check.Value is { } v ? v.GetRawText() : "";
                failures.Add(new CheckFailure(check.Path, $"{check.Op} {expected}".TrimEnd(), actual));
            }
        }

        return failures;
    }
}

/// <summary>One failed check: where, what was expected (op and value), what the parser gave.</summary>
internal sealed record CheckFailure(string Path, string Expected, string Actual);

/// <summary>The outcome of one vector: skipped (with the tag), passed, or failed with its failures.</summary>
internal sealed record VectorResult(ConformanceVector Vector, string? SkippedFor, IReadOnlyList<CheckFailure> Failures)
{
    public bool Passed => SkippedFor is null && Failures.Count == 0;
}

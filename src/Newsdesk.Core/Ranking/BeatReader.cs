using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Newsdesk.Core.Ranking;

/// <summary>
/// Reads a beat from YAML and says exactly what is wrong with a bad one: line, column and field
/// ("keywords[3].weight: expected a number, got 'high'"); list items count from 1. Unknown fields
/// are errors, so a misspelt "wieght" is not silently ignored.
/// </summary>
public static class BeatReader
{
    private static readonly string[] RootFields = ["name", "description", "weights", "keywords", "entities", "sources"];
    private static readonly string[] WeightFields = ["keyword", "entity", "title", "outlets", "source", "recency", "recencyHalfLifeHours"];
    private static readonly string[] TermFields = ["name", "weight", "aliases"];
    private static readonly string[] SourceFields = ["outlet", "weight"];

    public static BeatReadResult Read(string yaml)
    {
        var errors = new List<BeatError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            return Failed(new BeatError((int)e.Start.Line, (int)e.Start.Column, "", colon >= 0 ? message[(colon + 3)..] : message));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Failed(new BeatError(1, 1, "", "a beat is a mapping with name, keywords, entities, sources and weights"));
        }

        var reader = new Reader(errors);
        reader.CheckFields(root, "", RootFields);
        var name = reader.Text(root, "name", "name", required: true);
        var beat = new Beat
        {
            Name = name ?? "",
            Description = reader.Text(root, "description", "description", required: false),
            Weights = reader.Weights(root),
            Keywords = reader.Terms(root, "keywords"),
            Entities = reader.Terms(root, "entities"),
            Sources = reader.Sources(root),
        };
        return new BeatReadResult(errors.Count == 0 ? beat : null, errors);
    }

    private static BeatReadResult Failed(BeatError error) => new(null, [error]);

    private sealed class Reader(List<BeatError> errors)
    {
        public void CheckFields(YamlMappingNode map, string path, string[] known)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(name, StringComparer.Ordinal))
                {
                    Error(key, Join(path, name), "unknown field; expected one of " + string.Join(", ", known));
                }
            }
        }

        public string? Text(YamlMappingNode map, string key, string path, bool required)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                if (required)
                {
                    Error(map, path, "is required");
                }

                return null;
            }

            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            Error(node, path, "expected a non-empty text");
            return null;
        }

        public BeatWeights Weights(YamlMappingNode root)
        {
            var defaults = new BeatWeights();
            if (Child(root, "weights") is not { } node)
            {
                return defaults;
            }

            if (node is not YamlMappingNode map)
            {
                Error(node, "weights", "expected a mapping of " + string.Join(", ", WeightFields));
                return defaults;
            }

            CheckFields(map, "weights", WeightFields);
            double Get(string key, double fallback, double min) => Number(map, key, "weights." + key, fallback, min);
            return new BeatWeights
            {
                Keyword = Get("keyword", defaults.Keyword, 0),
                Entity = Get("entity", defaults.Entity, 0),
                Title = Get("title", defaults.Title, 1),
                Outlets = Get("outlets", defaults.Outlets, 0),
                Source = Get("source", defaults.Source, 0),
                Recency = Get("recency", defaults.Recency, 0),
                RecencyHalfLifeHours = Get("recencyHalfLifeHours", defaults.RecencyHalfLifeHours, 0.1),
            };
        }

        public List<BeatTerm> Terms(YamlMappingNode root, string list)
        {
            var terms = new List<BeatTerm>();
            foreach (var (item, path) in Items(root, list))
            {
                if (item is YamlScalarNode { Value: { } plain } && plain.Trim().Length > 0)
                {
                    terms.Add(new BeatTerm(plain.Trim(), 1, []));
                    continue;
                }

                if (item is not YamlMappingNode map)
                {
                    Error(item, path, "expected a name, or a mapping with name, weight and aliases");
                    continue;
                }

                CheckFields(map, path, TermFields);
                var name = Text(map, "name", path + ".name", required: true);
                var weight = Number(map, "weight", path + ".weight", 1, double.NegativeInfinity);
                var aliases = Strings(map, "aliases", path + ".aliases");
                if (name is not null)
                {
                    terms.Add(new BeatTerm(name, weight, aliases));
                }
            }

            foreach (var duplicate in terms.GroupBy(t => t.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(Child(root, list)!, list, $"'{duplicate.First().Name}' is listed {duplicate.Count()} times");
            }

            return terms;
        }

        public List<BeatSource> Sources(YamlMappingNode root)
        {
            var sources = new List<BeatSource>();
            foreach (var (item, path) in Items(root, "sources"))
            {
                if (item is YamlScalarNode { Value: { } plain } && plain.Trim().Length > 0)
                {
                    sources.Add(new BeatSource(plain.Trim(), 1));
                }
                else if (item is YamlMappingNode map)
                {
                    CheckFields(map, path, SourceFields);
                    var outlet = Text(map, "outlet", path + ".outlet", required: true);
                    var weight = Number(map, "weight", path + ".weight", 1, double.NegativeInfinity);
                    if (outlet is not null)
                    {
                        sources.Add(new BeatSource(outlet, weight));
                    }
                }
                else
                {
                    Error(item, path, "expected an outlet name, or a mapping with outlet and weight");
                }
            }

            return sources;
        }

        private IEnumerable<(YamlNode Item, string Path)> Items(YamlMappingNode root, string list)
        {
            if (Child(root, list) is not { } node)
            {
                yield break;
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node, list, "expected a list");
                yield break;
            }

            for (var i = 0; i < sequence.Children.Count; i++)
            {
                yield return (sequence.Children[i], $"{list}[{i + 1}]");
            }
        }

        private List<string> Strings(YamlMappingNode map, string key, string path)
        {
            if (Child(map, key) is not { } node)
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence || sequence.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
            {
                Error(node, path, "expected a list of names, e.g. [DPRK, Pyongyang]");
                return [];
            }

            return sequence.Children.Select(c => ((YamlScalarNode)c).Value!.Trim()).ToList();
        }

        private double Number(YamlMappingNode map, string key, string path, double fallback, double min)
        {
            if (Child(map, key) is not { } node)
            {
                return fallback;
            }

            if (node is YamlScalarNode { Value: { } text }
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                if (value >= min)
                {
                    return value;
                }

                Error(node, path, string.Create(CultureInfo.InvariantCulture, $"must be at least {min}, got {text}"));
                return fallback;
            }

            Error(node, path, $"expected a number, got '{(node as YamlScalarNode)?.Value ?? node.NodeType.ToString()}'");
            return fallback;
        }

        private static YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        private void Error(YamlNode node, string path, string message) =>
            errors.Add(new BeatError((int)node.Start.Line, (int)node.Start.Column, path, message));

        private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
    }
}

using System.Text.Json.Nodes;

namespace Newsdesk.Conformance;

/// <summary>Evaluates a vector path ("entries[0].links[1].href", "feed[\"thr_in-reply-to\"].href") on the adapted result.</summary>
internal static class ResultPath
{
    /// <summary>The node at <paramref name="path"/>; <paramref name="found"/> is false when a key or index is missing.</summary>
    public static JsonNode? Evaluate(JsonNode root, string path, out bool found)
    {
        JsonNode? current = root;
        found = true;
        var i = 0;
        while (i < path.Length)
        {
            string? key = null;
            int? index = null;
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                var inner = path[(i + 1)..close];
                i = close + 1;
                if (inner.StartsWith('"') || inner.StartsWith('\''))
                {
                    key = inner[1..^1];
                }
                else
                {
                    index = int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else
            {
                var end = i;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                key = path[i..end];
                i = end;
            }

            if (key is not null && current is JsonObject obj && obj.TryGetPropertyValue(key, out var child))
            {
                current = child;
            }
            else if (index is not null && current is JsonArray array && index.Value < array.Count)
            {
                current = array[index.Value];
            }
            else
            {
                found = false;
                return null;
            }
        }

        return current;
    }
}

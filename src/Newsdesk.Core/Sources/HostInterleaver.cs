namespace Newsdesk.Core.Sources;

/// <summary>
/// Orders work round-robin across hosts, so N workers fed from one queue are spread over N hosts
/// instead of all waiting on the per-host gate of the host that happens to come first.
/// </summary>
public static class HostInterleaver
{
    /// <summary>
    /// The items round-robin across hosts, hosts in order of first appearance; with <paramref name="order"/>,
    /// hosts in an order of their own drawn from it. Processes sharing a store each draw their own, so at
    /// any moment they work mostly on different hosts: in one order, they would all wait on the same
    /// hosts' turns (<see cref="Fetching.HostTurns"/>) and pay each host's delay again at every handoff.
    /// </summary>
    public static IReadOnlyList<T> Interleave<T>(IEnumerable<T> items, Func<T, string?> url, string? order = null)
    {
        var queues = new List<Queue<T>>();
        var byHost = new Dictionary<string, Queue<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var host = HostOf(url(item));
            if (!byHost.TryGetValue(host, out var queue))
            {
                byHost[host] = queue = new Queue<T>();
                queues.Add(queue);
            }

            queue.Enqueue(item);
        }

        if (order is not null)
        {
            var rank = byHost.ToDictionary(p => p.Value, p => Dedup.StableHash.Of('h', order + "\n" + p.Key.ToLowerInvariant()));
            queues.Sort((a, b) => rank[a].CompareTo(rank[b]));
        }

        var result = new List<T>();
        while (queues.Count > 0)
        {
            for (var i = 0; i < queues.Count; i++)
            {
                result.Add(queues[i].Dequeue());
                if (queues[i].Count == 0)
                {
                    queues.RemoveAt(i--);
                }
            }
        }

        return result;
    }

    public static string HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.IdnHost : "";
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Parsing.Discovery;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Subscribes to a URL after checking it: it must answer, and be a feed, or be a page whose
/// <c>&lt;link rel="alternate"&gt;</c> (or a well-known path) leads to one. Every refusal names the URL and why.
/// </summary>
public sealed class SourceSubscriber(NewsdeskDb db, PageFetcher fetcher, FeedParser parser, TimeProvider clock)
{
    /// <summary>Candidates from a page tried in order before giving up: the page's own links come first.</summary>
    public const int MaxDiscoveredCandidates = 4;

    /// <summary>Most feeds a page's links offer the editor to choose from.</summary>
    public const int MaxListedFeeds = 20;

    /// <summary>
    /// Finds what <paramref name="pageOrFeedUrl"/> offers to follow, without subscribing: the URL
    /// itself when it is a feed (read, so its title and entry count are known), else the feeds the
    /// page links (as the page names them), else the conventional feed addresses that answer with a feed.
    /// </summary>
    public async Task<FeedSearch> FindFeedsAsync(string pageOrFeedUrl, CancellationToken ct)
    {
        if (!Uri.TryCreate(pageOrFeedUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return FeedSearch.Failed($"'{pageOrFeedUrl}' is not an http or https URL.");
        }

        var fetch = await fetcher.FetchAsync(new FetchRequest(url), ct);
        if (!fetch.IsOk)
        {
            return FeedSearch.Failed($"Cannot read {url}: {fetch.Message}");
        }

        var feed = FeedEntryIngestor.Parse(parser, fetch);
        if (feed.Format != FeedFormat.Unknown)
        {
            var followed = await FollowedAsync([url], ct);
            return new FeedSearch(url, true, [new FeedOption(url, Title(null, feed, url), feed.Format.ToString(), feed.Entries.Count, followed.GetValueOrDefault(url.ToString()))], null);
        }

        var candidates = FeedDiscovery.Find(Decode(fetch.Body, fetch.Charset), fetch.FinalUrl ?? url);
        var options = candidates.Where(c => !c.IsGuess).Take(MaxListedFeeds)
            .Select(c => new FeedOption(c.Url, c.Title, c.Type, null, null)).ToList();
        // Guessed addresses (the page declares no feed) are listed only when they answer with a feed.
        var guesses = options.Count > 0 ? [] : candidates.Take(MaxDiscoveredCandidates).ToList();
        foreach (var guess in guesses)
        {
            var probe = await fetcher.FetchAsync(new FetchRequest(guess.Url), ct);
            var guessed = probe.IsOk ? FeedEntryIngestor.Parse(parser, probe) : null;
            if (guessed is { Format: not FeedFormat.Unknown })
            {
                options.Add(new FeedOption(guess.Url, Title(null, guessed, guess.Url), guessed.Format.ToString(), guessed.Entries.Count, null));
            }
        }

        if (options.Count == 0)
        {
            return FeedSearch.Failed($"{url} is not a feed ({fetch.MediaType ?? "no content type"}) and links to no feed.");
        }

        var known = await FollowedAsync(options.Select(o => o.Url).ToList(), ct);
        return new FeedSearch(url, false, options.Select(o => o with { FollowedAs = known.GetValueOrDefault(o.Url.ToString()) }).ToList(), null);
    }

    public async Task<SourceChange> AddAsync(NewSource request, CancellationToken ct)
    {
        if (!Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return SourceChange.Refused($"'{request.Url}' is not an http or https URL.");
        }

        if (await DuplicateAsync(url, ct) is { } duplicate)
        {
            return duplicate;
        }

        var fetch = await fetcher.FetchAsync(new FetchRequest(url), ct);
        if (!fetch.IsOk)
        {
            return SourceChange.Refused($"Cannot add {url}: {fetch.Message}");
        }

        var feed = FeedEntryIngestor.Parse(parser, fetch);
        if (feed.Format == FeedFormat.Unknown)
        {
            var found = await DiscoverAsync(url, fetch, ct);
            if (found.Problem is not null)
            {
                return SourceChange.Refused(found.Problem);
            }

            (url, feed) = (found.Url!, found.Feed!);
            if (await DuplicateAsync(url, ct) is { } discoveredDuplicate)
            {
                return discoveredDuplicate;
            }
        }

        var now = clock.GetUtcNow();
        var source = new Source
        {
            Kind = SourceKind.Feed,
            Url = url.ToString(),
            SiteUrl = feed.Link is { Length: <= 2048 } link ? link : null,
            Title = Title(request.Title, feed, url),
            Category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim(),
            Tags = SourceEdit.CleanTags(request.Tags),
            CreatedAt = now,
            NextCheckAt = now,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        return SourceChange.Done(source);
    }

    private async Task<Dictionary<string, long?>> FollowedAsync(IReadOnlyList<Uri> urls, CancellationToken ct)
    {
        var keys = urls.Select(u => u.ToString()).ToList();
        return await db.Sources.AsNoTracking().Where(s => s.Url != null && keys.Contains(s.Url))
            .ToDictionaryAsync(s => s.Url!, s => (long?)s.Id, StringComparer.Ordinal, ct);
    }

    private async Task<SourceChange?> DuplicateAsync(Uri url, CancellationToken ct) =>
        await db.FindByUrlAsync(url.ToString(), ct) is { } existing
            ? SourceChange.Refused($"Already following {url} (source {existing.Id}: {existing.Title}).") with { AlreadyFollowed = true }
            : null;

    private async Task<(Uri? Url, ParsedFeed? Feed, string? Problem)> DiscoverAsync(Uri pageUrl, FetchResult page, CancellationToken ct)
    {
        var html = Decode(page.Body, page.Charset);
        var candidates = FeedDiscovery.Find(html, page.FinalUrl ?? pageUrl).Take(MaxDiscoveredCandidates).ToList();
        if (candidates.Count == 0)
        {
            return (null, null, $"{pageUrl} is not a feed ({page.MediaType ?? "no content type"}) and links to no feed.");
        }

        var tried = new List<string>();
        foreach (var candidate in candidates)
        {
            var fetch = await fetcher.FetchAsync(new FetchRequest(candidate.Url), ct);
            if (!fetch.IsOk)
            {
                tried.Add($"{candidate.Url}: {fetch.Message}");
                continue;
            }

            var feed = FeedEntryIngestor.Parse(parser, fetch);
            if (feed.Format != FeedFormat.Unknown)
            {
                return (candidate.Url, feed, null);
            }

            tried.Add(FeedEntryIngestor.NotAFeed(fetch, feed));
        }

        return (null, null, $"{pageUrl} is not a feed, and none of the feeds it links works: {string.Join("; ", tried)}");
    }

    private static string Title(string? requested, ParsedFeed feed, Uri url)
    {
        var title = !string.IsNullOrWhiteSpace(requested) ? requested.Trim()
            : feed.Title is { } t && !string.IsNullOrWhiteSpace(t.Value) ? string.Join(" ", (t.IsMarkup ? HtmlBlocks.FromHtml(t.Value) : HtmlBlocks.FromText(t.Value)).Select(b => b.Text))
            : url.Host;
        return title.Length <= 512 ? title : title[..512];
    }

    /// <summary>Enough decoding to find link tags: the HTTP charset when known and supported, else UTF-8.</summary>
    private static string Decode(byte[] body, string? charset)
    {
        try
        {
            return (charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset)).GetString(body);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(body);
        }
    }
}

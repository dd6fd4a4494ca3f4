namespace Newsdesk.Core.Parsing;

/// <summary>One item of a feed: an article, post or episode.</summary>
public sealed class FeedEntry : FeedMetadata
{
    private List<FeedText>? _contents;
    private List<FeedEnclosure>? _enclosures;
    private List<FeedMedia>? _media;

    /// <summary>True when the RSS guid is (or may be) the entry's permanent URL.</summary>
    public bool IdIsPermaLink { get; internal set; }

    /// <summary>The teaser (RSS description, Atom summary, JSON Feed summary).</summary>
    public FeedText? Summary { get; internal set; }

    /// <summary>Full bodies (content:encoded, Atom content, xhtml:body), in document order.</summary>
    public IReadOnlyList<FeedText> Contents => (IReadOnlyList<FeedText>?)_contents ?? [];

    /// <summary>The first full body, if any.</summary>
    public FeedText? Content => _contents is { Count: > 0 } ? _contents[0] : null;

    public IReadOnlyList<FeedEnclosure> Enclosures => (IReadOnlyList<FeedEnclosure>?)_enclosures ?? [];

    public IReadOnlyList<FeedMedia> Media => (IReadOnlyList<FeedMedia>?)_media ?? [];

    public FeedDate? Created { get; internal set; }

    /// <summary>When the entry stops being relevant (RSS 0.93 expirationDate).</summary>
    public FeedDate? Expires { get; internal set; }

    /// <summary>The discussion page (RSS comments, wfw:comment).</summary>
    public string? CommentsUrl { get; internal set; }

    /// <summary>The feed of the discussion (wfw:commentRss).</summary>
    public string? CommentsFeedUrl { get; internal set; }

    /// <summary>The licence URL (creativeCommons:license, cc:license).</summary>
    public string? License { get; internal set; }

    /// <summary>The feed the entry was first published in, when it says so.</summary>
    public FeedSource? Source { get; internal set; }

    /// <summary>iTunes explicit flag: true, false ("clean"), or null when absent or unrecognised.</summary>
    public bool? Explicit { get; internal set; }

    /// <summary>iTunes block: the publisher asks directories not to list this episode.</summary>
    public bool Blocked { get; internal set; }

    /// <summary>Episode length (itunes:duration).</summary>
    public TimeSpan? Duration { get; internal set; }

    public FeedGeometry? Location { get; internal set; }

    /// <summary>Podlove Simple Chapters, in order.</summary>
    public IReadOnlyList<FeedChapter> Chapters { get; internal set; } = [];

    /// <summary>The version attribute of the psc:chapters element, when present.</summary>
    public string? ChaptersVersion { get; internal set; }

    internal void AddContent(FeedText content) => (_contents ??= []).Add(content);

    internal void ReplaceContents(Func<FeedText, FeedText> map)
    {
        if (_contents is null)
        {
            return;
        }

        for (var i = 0; i < _contents.Count; i++)
        {
            _contents[i] = map(_contents[i]);
        }
    }

    internal void AddEnclosure(FeedEnclosure enclosure)
    {
        _enclosures ??= [];
        foreach (var existing in _enclosures)
        {
            if (existing.Url == enclosure.Url)
            {
                return;
            }
        }

        _enclosures.Add(enclosure);
    }

    internal void AddMedia(FeedMedia media) => (_media ??= []).Add(media);
}

namespace Newsdesk.Core.Parsing;

/// <summary>What feeds, entries and entry sources have in common: identity, title, links, people, categories, dates.</summary>
public abstract class FeedMetadata
{
    private List<FeedLink>? _links;
    private List<FeedPerson>? _authors;
    private List<FeedPerson>? _contributors;
    private List<FeedCategory>? _categories;

    /// <summary>The stable identifier (Atom id, RSS guid, JSON Feed id).</summary>
    public string? Id { get; internal set; }

    public FeedText? Title { get; internal set; }

    /// <summary>The main web page (RSS link, Atom rel="alternate"), absolute when a base was known.</summary>
    public string? Link { get; internal set; }

    /// <summary>Every link in document order, enclosures included (rel="enclosure").</summary>
    public IReadOnlyList<FeedLink> Links => (IReadOnlyList<FeedLink>?)_links ?? [];

    public IReadOnlyList<FeedPerson> Authors => (IReadOnlyList<FeedPerson>?)_authors ?? [];

    public IReadOnlyList<FeedPerson> Contributors => (IReadOnlyList<FeedPerson>?)_contributors ?? [];

    public FeedPerson? Publisher { get; internal set; }

    public IReadOnlyList<FeedCategory> Categories => (IReadOnlyList<FeedCategory>?)_categories ?? [];

    /// <summary>Copyright or licence statement.</summary>
    public FeedText? Rights { get; internal set; }

    public FeedDate? Published { get; internal set; }

    public FeedDate? Updated { get; internal set; }

    /// <summary>The language declared for this element (RSS language, Dublin Core, xml:lang), normalised to BCP 47 hyphens.</summary>
    public string? Language { get; internal set; }

    /// <summary>The base URI in force for this element (xml:base, Content-Location or document URL).</summary>
    public string? Base { get; internal set; }

    public FeedImage? Image { get; internal set; }

    /// <summary>The period the publisher says this is valid for (dcterms:valid), when stated.</summary>
    public FeedPeriod? Validity { get; internal set; }

    internal void AddLink(FeedLink link) => (_links ??= []).Add(link);

    internal void AddAuthor(FeedPerson person) => (_authors ??= []).Add(person);

    internal void AddContributor(FeedPerson person) => (_contributors ??= []).Add(person);

    internal void AddCategory(FeedCategory category)
    {
        _categories ??= [];
        foreach (var existing in _categories)
        {
            if (existing.Term == category.Term && existing.Scheme == category.Scheme)
            {
                return;
            }
        }

        _categories.Add(category);
    }
}

using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Entities;

/// <summary>An entity an article mentions, once per article and key, for search, clustering and ranking.</summary>
public sealed class ArticleEntity
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>Glossary key, or the normalised name for names outside the glossary.</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public EntityKind Kind { get; set; }

    public bool InGlossary { get; set; }

    public int Mentions { get; set; }

    /// <summary>Offset of the first mention in the article's text (an early mention matters more).</summary>
    public int FirstOffset { get; set; }
}

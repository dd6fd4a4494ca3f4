namespace Newsdesk.Core.Ranking;

/// <summary>Whether a beat term is a keyword or an entity; each kind has its own weight multiplier.</summary>
public enum BeatTermKind
{
    Keyword,
    Entity,
}

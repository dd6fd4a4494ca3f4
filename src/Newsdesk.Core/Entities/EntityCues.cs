using System.Collections.Frozen;

namespace Newsdesk.Core.Entities;

/// <summary>
/// The word lists behind the capitalised-span rules of <see cref="EntityExtractor"/> and the speaker
/// rules of quotes, as named data. All entries are lower case, as <see cref="Text.Tokenizer"/> gives them.
/// </summary>
public static class EntityCues
{
    /// <summary>Words that make the name after them a person ("Gen. Brunson", "leader Kim", "Foreign Minister Lavrov").</summary>
    public static readonly FrozenSet<string> PersonTitles = new[]
    {
        "gen", "general", "adm", "admiral", "lt", "lieutenant", "col", "colonel", "maj", "capt", "captain", "sgt", "sergeant", "marshal",
        "cmdr", "commander", "president", "minister", "secretary", "leader", "chairman", "chairwoman", "chair", "ambassador", "envoy",
        "spokesperson", "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr", "prof", "professor", "sen", "senator", "rep",
        "representative", "gov", "governor", "mayor", "king", "queen", "pope", "premier", "judge", "justice", "lawmaker",
        "analyst", "researcher", "adviser", "advisor", "director", "chief", "sister", "daughter", "wife", "son", "brother", "father",
        "pvt", "cpl", "deputy", "vice", "head", "coach", "ceo", "founder", "correspondent", "reporter", "editor", "author", "actor",
        "actress", "singer", "player", "manager", "officer", "official", "diplomat", "professor", "scholar", "economist", "attorney",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words that make a capitalised span an organisation ("... Ministry", "... Agency", "... Command").</summary>
    public static readonly FrozenSet<string> OrganizationSuffixes = new[]
    {
        "ministry", "agency", "command", "corp", "corporation", "inc", "co", "ltd", "llc", "plc", "council", "party", "army", "navy",
        "force", "forces", "institute", "university", "committee", "news", "service", "office", "administration", "department",
        "bank", "group", "association", "union", "commission", "assembly", "court", "post", "times", "herald", "daily", "journal",
        "network", "company", "industries", "foundation", "organization", "organisation", "center", "centre", "academy", "bureau",
        "federation", "alliance", "staff", "guard", "police", "fund", "club", "school", "college", "league", "tribunal", "press",
        "media", "television", "radio", "broadcasting", "systems", "technologies", "motors", "airlines", "ocean", "aerospace",
        "parliament", "congress", "senate", "cabinet", "government", "regime", "embassy", "consulate", "secretariat", "directorate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>First words that make a capitalised span an organisation ("Ministry of ...", "University of ...").</summary>
    public static readonly FrozenSet<string> OrganizationHeads = new[]
    {
        "ministry", "department", "university", "bank", "institute", "office", "bureau", "council", "committee", "federation",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words that make a capitalised span a place ("... Province", "... Strait").</summary>
    public static readonly FrozenSet<string> PlaceSuffixes = new[]
    {
        "province", "city", "county", "island", "islands", "sea", "strait", "peninsula", "river", "mountain", "mountains", "mount",
        "bay", "region", "oblast", "district", "valley", "lake", "gulf", "airport", "port", "harbor", "harbour", "street",
        "avenue", "square", "border", "coast", "desert", "state", "prefecture", "canal", "channel", "base", "camp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions after which a short unknown capitalised span is read as a place ("in Kursk").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "near", "from", "to", "into", "at", "outside", "across", "around", "toward", "towards", "off", "via", "inside",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of saying: "X said", "said X", "X told ...". Shared with quote attribution.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "warned", "warns", "wrote",
        "writes", "asked", "asks", "explained", "explains", "insisted", "insists", "argued", "argues", "claimed", "claims",
        "declared", "declares", "announced", "announces", "tweeted", "posted", "urged", "urges", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "continued", "continues", "replied", "replies", "responded", "recalled",
        "acknowledged", "admitted", "cautioned", "predicted", "suggested", "suggests", "concluded", "observed", "remarked",
        "commented", "testified", "reported", "reports", "told", "confirmed", "confirms", "vowed", "vows", "pledged", "demanded",
        "complained", "recounted", "quipped", "joked", "shouted", "whispered", "conceded", "concedes", "maintained", "maintains",
        "agreed", "agrees", "countered", "counters", "pointed", "described", "describes", "called", "calls", "promised", "promises",
        "underscored", "highlighted", "mentioned", "estimated", "estimates", "believes", "believed", "thinks", "thought", "recalls",
        "explains", "adding", "saying", "telling", "noting", "warning", "writing", "explaining", "arguing", "insisting", "asking",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are never an entity on their own: months, days, demonyms, pronouns.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
        "russian", "korean", "american", "chinese", "japanese", "ukrainian", "western", "european", "asian", "british", "french",
        "german", "indian", "israeli", "iranian", "english", "north", "south", "east", "west", "northern", "southern", "eastern",
        "i", "i'm", "i've", "i'll", "we", "you", "he", "she", "they", "it", "his", "her", "their", "our", "my", "its", "photo",
        "image", "images", "getty", "ii", "iii", "iv", "read", "advertisement", "related", "excerpts", "opinion", "update", "updated", "editor's", "note",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside a name between capitalised words ("Ministry of Foreign Affairs").</summary>
    public static readonly FrozenSet<string> NameConnectors = new[] { "of", "for", "de", "du", "del", "la", "van", "von", "bin", "al" }
        .ToFrozenSet(StringComparer.Ordinal);
}

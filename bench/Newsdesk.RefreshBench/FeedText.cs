using System.Globalization;
using System.Text;

namespace Newsdesk.RefreshBench;

/// <summary>
/// Varied, deterministic news-like text for the generated feeds. Items at the same position of
/// different feeds (published at the same hour) report one of a few events of that hour: on
/// average about three outlets per event, each in its own sentences but with the event's people,
/// places, organisation, topic words and figures. Feeds therefore form many small stories, as real
/// beats do, instead of one template repeated 50,000 times.
/// </summary>
internal static class FeedText
{
    private static readonly string[] Syllables =
    [
        "ka", "ro", "ven", "mi", "tal", "sor", "den", "lu", "bar", "ne", "ost", "fir", "gan", "pel", "qui", "ram",
        "sel", "tor", "ul", "vak", "wen", "yor", "zan", "bel", "cor", "dra", "eth", "fal", "gor", "hal", "ith", "jor",
        "kel", "lam", "mor", "nal", "ol", "pra", "rin", "sta",
    ];

    private static readonly string[] PlaceSuffixes = ["port", "ville", "gard", "ford", "stad", "mouth", "field", "haven"];

    private static readonly string[] Bodies = ["Ministry", "Council", "Agency", "Authority", "Commission", "Union", "Institute", "Board"];

    private static readonly string[] Topics =
    [
        "harbour", "ferry", "budget", "bridge", "school", "hospital", "railway", "election", "strike", "flood",
        "drought", "harvest", "factory", "mine", "pipeline", "border", "treaty", "tariff", "court", "prison",
        "airport", "museum", "festival", "market", "bank", "currency", "pension", "tax", "police", "army",
        "navy", "missile", "satellite", "reactor", "vaccine", "outbreak", "wildfire", "earthquake", "storm", "dam",
        "canal", "tunnel", "stadium", "university", "library", "newspaper", "broadcaster", "refinery", "shipyard", "fishery",
        "forest", "river", "reservoir", "highway", "subway", "tram", "port", "warehouse", "bakery", "vineyard",
        "orchard", "dairy", "quarry", "smelter", "mill", "clinic", "embassy", "consulate", "parliament", "senate",
        "cabinet", "ministry", "union", "cartel", "charity", "church", "mosque", "temple", "garrison", "checkpoint",
    ];

    private static readonly string[] Verbs =
    [
        "approved", "rejected", "delayed", "expanded", "closed", "reopened", "inspected", "funded", "criticised", "defended",
        "announced", "suspended", "investigated", "restored", "blocked", "evacuated", "rebuilt", "privatised", "audited", "relocated",
    ];

    private static readonly string[] Things = ["workers", "residents", "passengers", "soldiers", "students", "patients", "families", "vessels", "trucks", "homes"];

    private static readonly string[] Fillers =
    [
        "Officials said more details would follow later in the week.",
        "Local reporters were not allowed inside the building.",
        "The opposition called for an independent inquiry.",
        "Critics said the decision came too late.",
        "Several questions about the cost remained unanswered.",
        "Neighbouring towns were watching the outcome closely.",
    ];

    /// <summary>Events reported per hour across all feeds: about one per three feeds.</summary>
    public static int EventsPerSlot(int feeds) => Math.Max(1, feeds / 3);

    /// <summary>The event item <paramref name="slot"/> of feed <paramref name="feed"/> reports: the gold story for clustering.</summary>
    public static int EventOf(int feed, int slot, int feeds)
    {
        var perSlot = EventsPerSlot(feeds);
        return (slot * perSlot) + (int)(Mix((uint)feed, (uint)slot) % (uint)perSlot);
    }

    public static (string Title, string Text) Item(int feed, int slot, int feeds)
    {
        var eventId = EventOf(feed, slot, feeds);
        var ev = new Random(eventId + 1);
        var person = Name(ev, 2) + " " + Name(ev, 3);
        var other = Name(ev, 2) + " " + Name(ev, 2);
        var place = Name(ev, 2) + PlaceSuffixes[ev.Next(PlaceSuffixes.Length)];
        var body = Name(ev, 2) + " " + Bodies[ev.Next(Bodies.Length)];
        var topics = Enumerable.Range(0, 5).Select(_ => Topics[ev.Next(Topics.Length)]).ToArray();
        var verb = Verbs[ev.Next(Verbs.Length)];
        var count = ev.Next(12, 4000);
        var thing = Things[ev.Next(Things.Length)];
        var money = ev.Next(2, 900);
        var weekday = CultureInfo.InvariantCulture.DateTimeFormat.DayNames[ev.Next(7)];

        // The outlet's own wording: which sentences it uses, in what order, and a rounded or exact figure.
        var own = new Random((int)Mix((uint)feed + 7919, (uint)slot));
        var shown = own.Next(4) == 0 ? $"about {Math.Round(count / 10.0) * 10:0}" : count.ToString(CultureInfo.InvariantCulture);
        var sentences = new List<string>
        {
            $"The {body} {verb} plans for the {topics[0]} in {place} on {weekday}, {person} said.",
            $"{shown} {thing} were affected by the decision on the {topics[0]}, according to the {body}.",
            $"{person} told reporters in {place} that the {topics[1]} and the {topics[2]} would also be reviewed.",
            $"The cost was put at {money} million, a figure {other} disputed.",
            $"{other}, who leads the opposition in {place}, said the {topics[3]} had been neglected for years.",
            $"Residents of {place} gathered near the {topics[4]} as the news spread.",
            $"The {body} said the {topics[2]} would remain under review until the spring.",
        };
        // Six or seven sentences and two closing lines: about 100 words, a full text (a feed entry
        // under 80 words counts as a teaser and would send Newsdesk to the page).
        var picked = sentences.OrderBy(_ => own.Next()).Take(own.Next(6, 8)).ToList();
        picked.AddRange(Fillers.OrderBy(_ => own.Next()).Take(2));
        var title = own.Next(2) == 0
            ? $"{place} {topics[0]} plans {verb}, {person} says"
            : $"{Capital(body)} {verb} {topics[0]} plans in {place}";
        return (title, string.Join(' ', picked));
    }

    private static string Name(Random r, int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Syllables[r.Next(Syllables.Length)]);
        }

        return Capital(sb.ToString());
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static uint Mix(uint a, uint b)
    {
        var h = (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        return h;
    }
}

using Newsdesk.Core.Entities;

namespace Newsdesk.Core.Tests.Entities;

public sealed class BeatGlossaryTests
{
    [Fact]
    public void Load_EditorGlossary_ReplacesTheDefault()
    {
        const string yaml = """
            beat: Arctic shipping
            entities:
              - name: Northern Sea Route
                kind: place
                aliases: [NSR]
              - name: Rosatom
                key: rosatom-corp
                kind: organisation
            """;
        var glossary = BeatGlossary.Load(new StringReader(yaml));
        var mentions = new EntityExtractor(glossary).Extract("Rosatom expects more traffic on the NSR this year.");

        Assert.Equal("Arctic shipping", glossary.Beat);
        Assert.Equal(["rosatom-corp", "northern-sea-route"], mentions.Select(m => m.Key));
        Assert.Equal(EntityKind.Organization, mentions[0].Kind);
    }

    [Theory]
    [InlineData("entities:\n  - kind: person\n", "has no name")]
    [InlineData("entities:\n  - name: A B\n  - name: A-B\n", "appears twice")]
    [InlineData("entities:\n  - name: A B\n    kind: planet\n", "unknown kind")]
    public void Load_BadEntry_SaysWhich(string yaml, string message)
    {
        var error = Assert.Throws<FormatException>(() => BeatGlossary.Load(new StringReader(yaml)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDefault_KeysAreUniqueAndEveryNameResolvesToItself()
    {
        var glossary = BeatGlossary.LoadDefault();
        var extractor = new EntityExtractor(glossary);
        Assert.True(glossary.Entries.Count > 50);
        var metonyms = glossary.Entries.SelectMany(e => e.Metonyms).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in glossary.Entries)
        {
            // A city that is also a metonym is the city only where the text uses it as a place.
            var lead = metonyms.Contains(entry.Name) ? "They met in " : "Yesterday ";
            var text = lead + entry.Name + " was in the news.";
            var mention = extractor.Extract(text).FirstOrDefault(m => m.Start == lead.Length);
            Assert.True(mention?.Key == entry.Key, $"{entry.Name} resolved to {mention?.Key ?? "nothing"}");
        }
    }
}

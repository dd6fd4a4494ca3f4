using Newsdesk.Core.Entities;

namespace Newsdesk.Core.Tests.Entities;

public sealed class EntityExtractorTests
{
    private static readonly EntityExtractor Extractor = new(BeatGlossary.LoadDefault());

    private static EntityMention Single(string text, string surface)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the test text");
        var mentions = Extractor.Extract(text).Where(m => m.Start == start).ToList();
        Assert.True(mentions.Count == 1, $"expected one mention at '{surface}', got {mentions.Count}: "
            + string.Join(", ", Extractor.Extract(text).Select(m => $"{m.Key}@{m.Start}")));
        Assert.Equal(surface, text.Substring(mentions[0].Start, mentions[0].Length));
        return mentions[0];
    }

    [Theory]
    // Romanisation, hyphenation and spacing variants of one name.
    [InlineData("Kim Jong Un inspected the plant.", "Kim Jong Un", "kim-jong-un")]
    [InlineData("Kim Jong-un inspected the plant.", "Kim Jong-un", "kim-jong-un")]
    [InlineData("Kim Jong-Un inspected the plant.", "Kim Jong-Un", "kim-jong-un")]
    [InlineData("Kim Jongun inspected the plant.", "Kim Jongun", "kim-jong-un")]
    [InlineData("Kim Jong-eun inspected the plant.", "Kim Jong-eun", "kim-jong-un")]
    [InlineData("The statement by Kim Yo-jong was terse.", "Kim Yo-jong", "kim-yo-jong")]
    [InlineData("The statement by Kim Yo Jong was terse.", "Kim Yo Jong", "kim-yo-jong")]
    [InlineData("President Lee Jae Myung spoke.", "Lee Jae Myung", "lee-jae-myung")]
    [InlineData("President Lee Jae-myung spoke.", "Lee Jae-myung", "lee-jae-myung")]
    [InlineData("Then Sergey Lavrov arrived.", "Sergey Lavrov", "sergei-lavrov")]
    [InlineData("Kim Jong-un's sister spoke.", "Kim Jong-un", "kim-jong-un")]
    // Abbreviations.
    [InlineData("The DPRK fired a missile.", "DPRK", "north-korea")]
    [InlineData("Troops of the ROK army moved.", "ROK", "south-korea")]
    [InlineData("The UNC said the talks went well.", "UNC", "united-nations-command")]
    [InlineData("A USFK spokesperson declined to comment.", "USFK", "united-states-forces-korea")]
    [InlineData("It was reported by KCNA on Sunday.", "KCNA", "korean-central-news-agency")]
    [InlineData("The JCS said the launch was detected.", "JCS", "joint-chiefs-of-staff")]
    [InlineData("Officials in the U.S. welcomed it.", "U.S", "united-states")]
    [InlineData("Supplies from N. Korea grew.", "N. Korea", "north-korea")]
    [InlineData("The Democratic People's Republic of Korea said so.", "Democratic People's Republic of Korea", "north-korea")]
    // Metonyms: the capital for its government, except where it is a place.
    [InlineData("Pyongyang has sent troops.", "Pyongyang", "north-korean-government")]
    [InlineData("Seoul's spy agency said it in June.", "Seoul", "south-korean-government")]
    [InlineData("That is what Moscow wants.", "Moscow", "russian-government")]
    [InlineData("Washington and Seoul agreed.", "Washington", "us-government")]
    [InlineData("He arrived in Pyongyang on Friday.", "Pyongyang", "pyongyang-city")]
    [InlineData("Troops left, according to Seoul.", "Seoul", "south-korean-government")]
    [InlineData("The summit was held in Seoul.", "Seoul", "seoul-city")]
    public void Extract_GlossaryNames_ResolveToTheirEntry(string text, string surface, string key)
    {
        var mention = Single(text, surface);
        Assert.Equal(key, mention.Key);
        Assert.True(mention.InGlossary);
    }

    [Theory]
    [InlineData("Many of us agreed.", "us")]
    [InlineData("See www.seoul.example for details.", "seoul")]
    public void Extract_LowerCaseWords_AreNotAbbreviations(string text, string surface)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.DoesNotContain(Extractor.Extract(text), m => m.Start == start);
    }

    [Fact]
    public void Extract_PreferredName_IsTheGlossaryName()
    {
        var mention = Single("Kim Jong-Un met the envoy.", "Kim Jong-Un");
        Assert.Equal("Kim Jong Un", mention.PreferredName);
        Assert.Equal(EntityKind.Person, mention.Kind);
    }

    [Fact]
    public void Extract_OneWordGlossaryNameInsideLongerName_IsTheLongerName()
    {
        const string text = "A portrait of George Washington hangs at the embassy.";
        Assert.DoesNotContain(Extractor.Extract(text), m => m.Key is "us-government" or "washington-city");
        Assert.Equal(EntityKind.Other, Single(text, "George Washington").Kind);
    }

    [Theory]
    [InlineData("Gen. Marcus Hale inspected the unit.", "Marcus Hale", EntityKind.Person)]
    [InlineData("Defense Minister Oren Talby resigned.", "Oren Talby", EntityKind.Person)]
    [InlineData("The plan was announced by spokesperson Koo Byung-sam on Monday.", "Koo Byung-sam", EntityKind.Person)]
    [InlineData("Dana Whitlock said the drills would go ahead.", "Dana Whitlock", EntityKind.Person)]
    [InlineData("The drills will go ahead, said Dana Whitlock.", "Dana Whitlock", EntityKind.Person)]
    [InlineData("Dana Whitlock, a senior fellow at the institute, said it was likely.", "Dana Whitlock", EntityKind.Person)]
    [InlineData("The Korea Institute for Defense Analyses published a study.", "Korea Institute for Defense Analyses", EntityKind.Organization)]
    [InlineData("The Ministry of Foreign Affairs summoned the envoy.", "Ministry of Foreign Affairs", EntityKind.Organization)]
    [InlineData("The vessel was spotted off Jagang Province last week.", "Jagang Province", EntityKind.Place)]
    [InlineData("Refugees gathered near Dandong after the flood.", "Dandong", EntityKind.Place)]
    public void Extract_UnknownNames_AreClassifiedByContext(string text, string surface, EntityKind kind)
    {
        var mention = Single(text, surface);
        Assert.Equal(kind, mention.Kind);
        Assert.False(mention.InGlossary);
        Assert.Equal(BeatGlossary.KeyOf(surface), mention.Key);
    }

    [Fact]
    public void Extract_SurnameAfterFullName_IsThatPerson()
    {
        const string text = "Analyst Dana Whitlock studied the launch. Whitlock said it failed.";
        var later = Extractor.Extract(text).Last();
        Assert.Equal("dana-whitlock", later.Key);
        Assert.Equal("Whitlock", text.Substring(later.Start, later.Length));
    }

    [Theory]
    [InlineData("Officials said the launch failed.")]
    [InlineData("On Saturday the talks resumed.")]
    public void Extract_SentenceOpeningWordWithoutCue_IsNotAName(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_SentenceEndBetweenCapitalisedWords_SplitsTheNames()
    {
        var mentions = Extractor.Extract("The drone flew near Dandong. Marcus Hale said so.");
        Assert.Contains(mentions, m => m.PreferredName == "Dandong");
        Assert.Contains(mentions, m => m.PreferredName == "Marcus Hale");
    }
}

using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Tests.Cleaning;

/// <summary>Each rule on real-world lines: junk it must drop (or turn into a caption) and text it must keep.</summary>
public sealed class JunkRuleTests
{
    private static JunkVerdict Judge(JunkRule rule, string paragraph, int before = 6, string[]? header = null)
    {
        // The paragraph sits after some article text, as junk does on a page.
        var paragraphs = Enumerable.Range(0, before).Select(i => $"Body paragraph {i} reports what the ministry said on Tuesday.").Append(paragraph).ToList();
        return rule.Judge(new JunkContext(paragraphs, header ?? []), paragraphs.Count - 1);
    }

    [Theory]
    [InlineData("-", JunkVerdict.Drop)]
    [InlineData("|", JunkVerdict.Drop)]
    [InlineData("* * *", JunkVerdict.Drop)]
    [InlineData("A1", JunkVerdict.Keep)]
    public void SeparatorLine(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new SeparatorLineRule(), text));

    [Theory]
    [InlineData("Please enter your comment!", JunkVerdict.Drop)]
    [InlineData("Please enter your name here", JunkVerdict.Drop)]
    [InlineData("Please wait while we load the latest comments...", JunkVerdict.Drop)]
    [InlineData("Comments", JunkVerdict.Drop)]
    [InlineData("12 Comments", JunkVerdict.Drop)]
    [InlineData("Please register, subscribe, or log in to comment on this article.", JunkVerdict.Drop)]
    [InlineData("Join the conversation", JunkVerdict.Drop)]
    [InlineData("You have entered an incorrect email address!", JunkVerdict.Drop)]
    [InlineData("The ministry declined to comment on the figures.", JunkVerdict.Keep)]
    [InlineData("Comments by the envoy drew a sharp reply from Pyongyang.", JunkVerdict.Keep)]
    public void CommentPrompt(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new CommentPromptRule(), text));

    [Theory]
    [InlineData("Sign up to receive World Tour, the free weekly email newsletter on international news.", JunkVerdict.Drop)]
    [InlineData("Subscribe to our newsletter for the latest security news delivered to your inbox.", JunkVerdict.Drop)]
    [InlineData("Follow Army Review on Google News at this link", JunkVerdict.Drop)]
    [InlineData("Get the Morning Brief delivered straight to your inbox.", JunkVerdict.Drop)]
    [InlineData("You received Security Notes because you subscribed at notes.example.", JunkVerdict.Drop)]
    [InlineData("Unsubscribe | Manage preferences", JunkVerdict.Drop)]
    [InlineData("Activists said they would sign up more volunteers to float leaflets across the border next month, despite the ban.", JunkVerdict.Keep)]
    [InlineData("The newsletter's editor, a former diplomat, wrote that the talks had stalled because neither side would move first on sanctions or on inspections.", JunkVerdict.Keep)]
    public void NewsletterSignup(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new NewsletterSignupRule(), text));

    [Fact]
    public void NewsletterSignup_TestimonialAboveTheBlurb_IsDropped_ButNotElsewhere()
    {
        var rule = new NewsletterSignupRule();
        var withBlurb = new JunkContext(["Body text here.", "These notes are the best part of my week. —Anna", "Sign up for the weekly newsletter in your inbox."], []);
        var alone = new JunkContext(["Body text here.", "These notes are the best part of my week. —Anna", "The talks resume on Monday."], []);
        Assert.Equal(JunkVerdict.Drop, rule.Judge(withBlurb, 1));
        Assert.Equal(JunkVerdict.Keep, rule.Judge(alone, 1));
    }

    [Theory]
    [InlineData("Share:", JunkVerdict.Drop)]
    [InlineData("Share this article", JunkVerdict.Drop)]
    [InlineData("Share on Facebook", JunkVerdict.Drop)]
    [InlineData("Tweet Share Email", JunkVerdict.Drop)]
    [InlineData("Share this article: Facebook Twitter LinkedIn Email", JunkVerdict.Drop)]
    [InlineData("dictionary + A - A", JunkVerdict.Drop)]
    [InlineData("A+ A-", JunkVerdict.Drop)]
    [InlineData("Share prices in Seoul fell 2 percent after the launch.", JunkVerdict.Keep)]
    [InlineData("Print", JunkVerdict.Keep)]
    public void ShareWidget(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ShareWidgetRule(), text));

    [Theory]
    [InlineData("Related", JunkVerdict.Drop)]
    [InlineData("Related Article", JunkVerdict.Drop)]
    [InlineData("## Related", JunkVerdict.Drop)]
    [InlineData("Read more: Rail traffic across the Tumen bridge doubles", JunkVerdict.Drop)]
    [InlineData("Most read", JunkVerdict.Drop)]
    [InlineData("Related talks on the fisheries deal ended without agreement.", JunkVerdict.Keep)]
    public void RelatedLinks(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new RelatedLinksRule(), text));

    [Fact]
    public void RelatedLinks_HeadlinesListedUnderTheLabel_GoWithIt()
    {
        var context = new JunkContext(["Body text.", "## Related", "- Rail traffic doubles", "- Bridge opens"], []);
        Assert.Equal(JunkVerdict.Drop, new RelatedLinksRule().Judge(context, 3));
        var list = new JunkContext(["Body text.", "The findings:", "- Rail traffic doubles"], []);
        Assert.Equal(JunkVerdict.Keep, new RelatedLinksRule().Judge(list, 2));
    }

    [Theory]
    [InlineData("(ATTN: UPDATES with more details in paras 11-14)", JunkVerdict.Drop)]
    [InlineData("(EDITORS: adds comment from the ministry)", JunkVerdict.Drop)]
    [InlineData("(Reporting by the Seoul bureau)", JunkVerdict.Keep)]
    public void WireAdvisory(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new WireAdvisoryRule(), text));

    [Theory]
    [InlineData("(END)", JunkVerdict.Drop)]
    [InlineData("-30-", JunkVerdict.Drop)]
    [InlineData("###", JunkVerdict.Drop)]
    [InlineData("The END of the truce came without warning.", JunkVerdict.Keep)]
    public void EndMarker(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new EndMarkerRule(), text));

    [Theory]
    [InlineData("pbr@yna.example", JunkVerdict.Drop)]
    [InlineData("Hyo-Ju Son hjson@daily.example", JunkVerdict.Drop)]
    [InlineData("BY OH HYUN-SEOK [paik.jihwan@joongang.example]", JunkVerdict.Drop)]
    [InlineData("BY KIM TAE-HEE", JunkVerdict.Drop)]
    [InlineData("Readers can write to letters@ledger.example with corrections.", JunkVerdict.Keep)]
    public void ReporterSignoff(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ReporterSignoffRule(), text));

    [Fact]
    public void ReporterSignoff_OutsideTheTail_IsKept() =>
        Assert.Equal(JunkVerdict.Keep, new ReporterSignoffRule().Judge(
            new JunkContext(["pbr@yna.example", .. Enumerable.Repeat("Body text of the article.", 10)], []), 0));

    [Theory]
    [InlineData("Hyo-Ju Son hjson@daily.example", "Hyo-Ju Son")]
    [InlineData("BY OH HYUN-SEOK [paik.jihwan@joongang.example]", "Oh Hyun-seok")]
    [InlineData("email: david@mail.example", null)]
    [InlineData("(END)", null)]
    [InlineData("pbr@yna.example", null)]
    public void ReporterSignoff_NameIn(string line, string? expected) => Assert.Equal(expected, ReporterSignoffRule.NameIn(line));

    [Theory]
    [InlineData("en.yna.example · by Kim Soo-yeon · July 13, 2025", JunkVerdict.Drop)]
    [InlineData("EN.YNA.EXAMPLE - by Kim Soo-yeon - July 13 2025", JunkVerdict.Drop)]
    [InlineData("Kim Soo-yeon wrote the report from Seoul.", JunkVerdict.Keep)]
    public void RepeatedByline(string text, JunkVerdict expected) =>
        Assert.Equal(expected, Judge(new RepeatedBylineRule(), text, header: ["en.yna.example · by Kim Soo-yeon · July 13, 2025"]));

    [Fact]
    public void EmailSignoff_SignatureWithContacts_IsDropped_ShortLastParagraphIsNot()
    {
        string[] signed = ["The talks ended on Friday.", "De Oppresso Liber,", "Dana Whitcomb", "Senior Fellow, Harbor Institute", "Twitter: @dana_w", "Phone: 202-555-0100", "email: dana@mail.example"];
        var rule = new EmailSignoffRule();
        var context = new JunkContext(signed, []);
        Assert.Equal(JunkVerdict.Keep, rule.Judge(context, 0));
        Assert.All(Enumerable.Range(1, signed.Length - 1), i => Assert.Equal(JunkVerdict.Drop, rule.Judge(context, i)));

        var unsigned = new JunkContext(["The talks ended on Friday.", "Analysts were not surprised", "Kim Tae-hee"], []);
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(JunkVerdict.Keep, rule.Judge(unsigned, i)));
    }

    [Theory]
    [InlineData("Reuters", JunkVerdict.Drop)]
    [InlineData("Photo: Kestrel News Network", JunkVerdict.Drop)]
    [InlineData("Photo credit: Northline Daily", JunkVerdict.Drop)]
    [InlineData("AP Photo/Ahn Young-joon", JunkVerdict.Drop)]
    [InlineData("A guard post is seen from Paju, near the border, Saturday. Associated Press / Kim In-chul / Yonhap", JunkVerdict.Caption)]
    [InlineData("This image, published by the state news agency on July 13, shows the two ministers. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)", JunkVerdict.Caption)]
    [InlineData("National Security Adviser speaks during a briefing in Seoul on July 9. [JOINT PRESS CORPS]", JunkVerdict.Caption)]
    [InlineData("The minister arrives in Wonsan on Friday. Photo by Foreign Ministry Press Service/EPA", JunkVerdict.Caption)]
    [InlineData("Gen. Brunson and soldiers carrying flags | Image: United Nations Command via Facebook", JunkVerdict.Caption)]
    [InlineData("The drone is designed for the carrier programme. (Picture source: KAI via X/Mason)", JunkVerdict.Caption)]
    [InlineData("Rep. Jin speaks during a meeting at the National Assembly in Seoul, July 8. Yonhap", JunkVerdict.Caption)]
    [InlineData("The chiefs receive a briefing at the fleet command on July 11, 2025. /South Korea Joint Chiefs of Staff", JunkVerdict.Caption)]
    [InlineData("\"We will respond strongly,\" the statement added. (Yonhap)", JunkVerdict.Keep)]
    [InlineData("SEOUL, July 13 (Yonhap) -- North Korea fired two missiles on Sunday, the military said.", JunkVerdict.Keep)]
    [InlineData("Reuters reported the launch first, citing two officials.", JunkVerdict.Keep)]
    public void PhotoCredit(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new PhotoCreditRule(), text));
}

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
    [InlineData("— Leave a Reply —", JunkVerdict.Drop)]
    [InlineData("Comments (14) »", JunkVerdict.Drop)]
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
    [InlineData("Sign up for the Ports Weekly newsletters", JunkVerdict.Drop)]
    [InlineData("Already a subscriber? Log in", JunkVerdict.Drop)]
    [InlineData("Follow us", JunkVerdict.Drop)]
    [InlineData("Like us on Facebook", JunkVerdict.Drop)]
    [InlineData("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", JunkVerdict.Drop)]
    [InlineData("Follow-up talks on the fisheries deal are planned for Monday, the ministry said.", JunkVerdict.Keep)]
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
    [InlineData("Tweet this", JunkVerdict.Drop)]
    [InlineData("Share via Email", JunkVerdict.Drop)]
    [InlineData("Link copied", JunkVerdict.Drop)]
    // A lone button label is a widget (the extractor's evidence: share bars flattened to one block per button).
    [InlineData("Print", JunkVerdict.Drop)]
    [InlineData("Email", JunkVerdict.Drop)]
    [InlineData("Save", JunkVerdict.Keep)]
    [InlineData("Listen", JunkVerdict.Keep)]
    public void ShareWidget(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ShareWidgetRule(), text));

    [Theory]
    [InlineData("Related", JunkVerdict.Drop)]
    [InlineData("Related Article", JunkVerdict.Drop)]
    [InlineData("## Related", JunkVerdict.Drop)]
    [InlineData("Read more: Rail traffic across the Tumen bridge doubles", JunkVerdict.Drop)]
    [InlineData("Most read", JunkVerdict.Drop)]
    [InlineData("Related talks on the fisheries deal ended without agreement.", JunkVerdict.Keep)]
    [InlineData("More:", JunkVerdict.Drop)]
    [InlineData("You may also like", JunkVerdict.Drop)]
    [InlineData("Continue reading the main story", JunkVerdict.Drop)]
    [InlineData("Lesen Sie auch: Die Gespräche gehen weiter", JunkVerdict.Drop)]
    [InlineData("Recommended by the defence committee in March, the bill would raise the cap on reserve call-ups from four weeks to six and fund new barracks near the border, officials said on Monday, adding that the vote was expected before the end of the month.", JunkVerdict.Keep)]
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

    [Theory]
    [InlineData("Advertisement", JunkVerdict.Drop)]
    [InlineData("Story continues below advertisement", JunkVerdict.Drop)]
    [InlineData("- ADS -", JunkVerdict.Drop)]
    [InlineData("Anzeige", JunkVerdict.Drop)]
    [InlineData("Ad spending by the ministry rose 4 percent.", JunkVerdict.Keep)]
    public void AdvertisementLabel(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new AdvertisementLabelRule(), text));

    [Theory]
    [InlineData("12 issues for 11.99. Click here for more information.", JunkVerdict.Drop)]
    [InlineData("To read the full report, click here", JunkVerdict.Drop)]
    [InlineData("The minister said lawmakers should not \"click here and hope\" when it came to cyber defence, and asked for a review of every system the ministry runs, and of every contractor it pays, before the budget for next year is approved by the assembly next month, aides said.", JunkVerdict.Keep)]
    public void ClickHere(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ClickHereRule(), text));

    [Theory]
    [InlineData("© 2026 Harbor Ledger. All rights reserved.", JunkVerdict.Drop)]
    [InlineData("Copyright 2025 The Associated Press. All rights reserved. This material may not be published.", JunkVerdict.Drop)]
    [InlineData("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지", JunkVerdict.Drop)]
    [InlineData("(c) 2019 Ledger Media", JunkVerdict.Drop)]
    [InlineData("Copyright holders sued the streaming service in March.", JunkVerdict.Keep)]
    public void Copyright(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new CopyrightRule(), text));

    [Theory]
    [InlineData("We use cookies to improve your experience on our site.", JunkVerdict.Drop)]
    [InlineData("By continuing to use this website you agree to our cookie policy.", JunkVerdict.Drop)]
    [InlineData("Cookies and tea were served to the delegations before the talks.", JunkVerdict.Keep)]
    public void CookieNotice(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new CookieNoticeRule(), text));

    [Theory]
    [InlineData("This slideshow requires JavaScript.", JunkVerdict.Drop)]
    [InlineData("Please enable JavaScript to view the comments.", JunkVerdict.Drop)]
    [InlineData("The attackers hid their code in a JavaScript library used by the ministry's website.", JunkVerdict.Keep)]
    public void ScriptRequired(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ScriptRequiredRule(), text));

    [Theory]
    [InlineData("Close", JunkVerdict.Drop)]
    [InlineData("Back to top", JunkVerdict.Drop)]
    [InlineData("Toggle caption", JunkVerdict.Drop)]
    [InlineData("Next week the envoys meet again in Geneva.", JunkVerdict.Keep)]
    public void InterfaceLabel(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new InterfaceLabelRule(), text));

    [Theory]
    [InlineData("<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">", JunkVerdict.Drop)]
    [InlineData("The page used the <b> tag for every headline.", JunkVerdict.Keep)]
    public void EscapedMarkup(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new EscapedMarkupRule(), text));

    [Theory]
    [InlineData("[button link=\"https://shop.example\"]Send us your review[/button]", JunkVerdict.Drop)]
    [InlineData("[Editor's note: this story has been corrected.]", JunkVerdict.Keep)]
    public void Shortcode(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ShortcodeRule(), text));

    [Theory]
    [InlineData("https://cdn.example/2019/05/photo.jpg 1200 676 admin https://cdn.example/2019/05/photo-300x169.jpg", JunkVerdict.Drop)]
    [InlineData("The ministry posted the image at https://mod.example/photo.jpg on Monday.", JunkVerdict.Keep)]
    public void ImageData(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new ImageDataRule(), text));

    [Theory]
    [InlineData("Published: Nov. 19, 2019 at 8:59 pm", JunkVerdict.Drop)]
    [InlineData("segunda-feira, 22 de janeiro de 2018 às 0:13", JunkVerdict.Drop)]
    [InlineData("Updated at 1:23 p.m.", JunkVerdict.Drop)]
    [InlineData("November 21, 2026", JunkVerdict.Drop)]
    [InlineData("The talks resumed on Nov. 19, 2019 after a pause of four months.", JunkVerdict.Keep)]
    public void DateLine(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new DateLineRule(), text));

    [Theory]
    [InlineData("05/10/2018 - Posted by: Ann Lee - Category: Health - Tags: food, diet", JunkVerdict.Drop)]
    [InlineData("Posted by Ann Lee in Health", JunkVerdict.Drop)]
    [InlineData("The study, published by the Asan Institute in March, found support for the plan had fallen.", JunkVerdict.Keep)]
    public void PostMeta(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new PostMetaRule(), text));

    [Fact]
    public void LineRules_LeaveLongParagraphsAlone()
    {
        var paragraph = "Advertisement " + string.Join(' ', Enumerable.Repeat("word", 60));
        Assert.Equal(JunkVerdict.Keep, Judge(new ClickHereRule(), paragraph + " click here"));
        Assert.Equal(JunkVerdict.Keep, Judge(new CookieNoticeRule(), "We use cookies " + paragraph));
    }

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
    [InlineData("Image copyright Getty Images", JunkVerdict.Drop)]
    [InlineData("Source: Ministry of National Defense", JunkVerdict.Drop)]
    [InlineData("Photo: A soldier stands guard at the border post on Tuesday morning.", JunkVerdict.Caption)]
    [InlineData("The ministers meet in Hanoi on Friday (Photo: Ledger staff)", JunkVerdict.Caption)]
    [InlineData("Cranes at the port of Rajin on Thursday, Getty Images", JunkVerdict.Caption)]
    [InlineData("“We received an inquiry and are cooperating,” said a spokesperson when contacted by Reuters.", JunkVerdict.Keep)]
    public void PhotoCredit(string text, JunkVerdict expected) => Assert.Equal(expected, Judge(new PhotoCreditRule(), text));
}

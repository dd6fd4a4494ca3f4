using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Named line rules for boilerplate that survives inside an article body: advertisement and
/// share labels, follow and newsletter prompts, "Read more" teasers, photo credits, copyright
/// lines. Each rule matches a whole block (anchored), so a sentence that merely mentions a
/// newsletter is kept. Rules apply only to blocks shorter than <see cref="MaxJunkChars"/>.
/// </summary>
internal static partial class JunkLines
{
    /// <summary>
    /// Longest block a junk rule may remove. Evidence: the longest pitch line on the shared pages
    /// ("Sign up for ... newsletter, delivered ...") is under 200 characters; body paragraphs that
    /// mention newsletters or photos are longer or do not match the anchored patterns.
    /// </summary>
    public const int MaxJunkChars = 220;

    /// <summary>The rule that matches a block, or null when the block is not junk.</summary>
    public static string? Match(string text)
    {
        if (text.Length > MaxJunkChars)
        {
            return null;
        }

        foreach (var (name, regex) in Rules)
        {
            if (regex.IsMatch(text))
            {
                return name;
            }
        }

        return null;
    }

    private static readonly (string Name, Regex Regex)[] Rules =
    [
        ("advertisement-label", AdvertisementLabel()),
        ("share-label", ShareLabel()),
        ("follow-prompt", FollowPrompt()),
        ("newsletter-pitch", NewsletterPitch()),
        ("read-more", ReadMore()),
        ("photo-credit", PhotoCredit()),
        ("copyright", Copyright()),
        ("comments-prompt", CommentsPrompt()),
        ("cookie-notice", CookieNotice()),
        ("escaped-markup", EscapedMarkup()),
        ("shortcode", Shortcode()),
        ("script-required", ScriptRequired()),
        ("interface-label", InterfaceLabel()),
        ("date-line", DateLine()),
        ("post-meta", PostMeta()),
        ("click-here", ClickHere()),
        ("image-data", ImageData()),
    ];

    [GeneratedRegex(@"^\W*(advertisement|advertisements|advert|ad|ads|sponsored( content)?|paid content|story continues below( advertisement)?|article continues below( advertisement)?|continue reading below|anzeige|publicidad|publicit[ée]|pubblicit[àa]|реклама|werbung)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdvertisementLabel();

    [GeneratedRegex(@"^\W*(share|shares|share this( article| story| post| page)?|share (on|via) \w+|tweet|tweet this|pin it|email|e-mail|print|copy link|link copied|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger|comments?)(\W+(share|tweet|email|print|facebook|twitter|linkedin|reddit|pinterest|whatsapp|flipboard|messenger|copy link))*\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareLabel();

    [GeneratedRegex(@"^\W*(follow|like) (us|me|@\w+|\w+( \w+)? on (twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowPrompt();

    [GeneratedRegex(@"^\W*((sign up|subscribe|register)\b.{0,80}\b(newsletters?|briefing|digest|alerts|updates|inbox)|get (our|the) .{0,60}newsletter|.{0,80}delivered (straight |directly )?to your inbox|(enter|your) e-?mail address|subscribe (now|today|here)|already a subscriber|become a (member|subscriber))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterPitch();

    [GeneratedRegex(@"^\W*(read more|read more:|more:|related:|related articles?|related stories|related coverage|see also|also read|read also|read next|up next|watch next|continue reading|keep reading|click here|more from|more on this|recommended|most popular|most read|trending( now)?|you may also like|you might also like|don'?t miss|must read|editor'?s picks?|leia (também|mais)|lesen sie auch|lire aussi|leggi anche|читайте также)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^\W*((photo|image|picture|photograph|illustration|video|graphic)s?( credit)?\s*(:|\||by\b)|(credit|source|foto|bild|fonte|fuente)\s*:)|\b(getty images|ap photo|reuters|afp|shutterstock|istock|istockphoto|epa|alamy)\W*$|\((image|photo|picture|pic|credit|foto|source)s?\s*:[^)]{1,60}\)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^\W*(©|\(c\)|copyright\b).{0,160}$|all rights reserved\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^\W*(leave a (comment|reply)|\d+ comments?|comments? \(\d+\)|view comments|show comments|join the (conversation|discussion)|post a comment|add a comment)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsPrompt();

    [GeneratedRegex(@"^\W*(we use cookies|this (web)?site uses cookies|by (continuing|using) (to use )?this (web)?site|accept (all )?cookies)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieNotice();

    /// <summary>Markup shown as text (a tracking pixel escaped by a broken template): "&lt;img src=...&gt;".</summary>
    [GeneratedRegex(@"^<[a-zA-Z][a-zA-Z0-9]*(\s+[a-zA-Z\-:]+\s*=\s*(""[^""]*""|'[^']*'|\S+))+\s*/?>?$", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedMarkup();

    /// <summary>An unrendered WordPress shortcode: "[button link=...]Send us your review[/button]".</summary>
    [GeneratedRegex(@"^\[[a-z_\-]+(\s[^\]]*)?\].*\[/[a-z_\-]+\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    /// <summary>Fallback text of a script-driven widget: "This slideshow requires JavaScript."</summary>
    [GeneratedRegex(@"^.{0,60}\b(requires|enable|turn on|needs) javascript\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptRequired();

    /// <summary>Controls of galleries and players read as text: "Caption", "Close", "Next", "Back to top".</summary>
    [GeneratedRegex(@"^\W*(caption|close|open|expand|collapse|next|previous|prev|back to top|menu|search|loading\.*|show more|show less|load more|see more|view gallery|enlarge( this image)?|toggle caption|hide caption|play|pause|replay|mute|unmute|x)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InterfaceLabel();

    /// <summary>
    /// A line that is only a date or time, with at most a lead word ("Published: Nov. 19, 2019 at 8:59 pm",
    /// "segunda-feira, 22 de janeiro de 2018 às 0:13", "Updated at 1:23 p.m."). Body text never
    /// consists of a date alone; bylines and date lines sit between headline and body.
    /// </summary>
    [GeneratedRegex(@"^(?=.*\d)\W*((published|updated|posted|last updated|modified|publicado|atualizado|aktualisiert|veröffentlicht|mis à jour|publié)( on| at| em| le| am)?\W*)*((mon|tues|wednes|thurs|fri|satur|sun)day|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo)?[\s,]*(\d{1,2}[\s./-]+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|\d{1,2})?[\s./-]*(\d{1,2},?\s*)?(de\s+)?((19|20)\d\d)?[\s,]*((at|às|um|à|-|\|)\s*)?(\d{1,2}[:.h]\d\d\s*(a\.?m\.?|p\.?m\.?)?\s*([A-Z]{2,4})?)?\W*((updated|published)\W.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    /// <summary>A post's metadata row: "05/10/2018 - Posted by: Ann Lee - Category: Health - Tags: ...".</summary>
    [GeneratedRegex(@"\b(posted|published|publicado|postado|written|escrito|veröffentlicht|publié) (by|por|von|par)\b.{0,120}\b(categor(y|ia|ie)|tags?|filed under|em|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostMeta();

    /// <summary>A short pitch built around "click here" ("12 issues for 11.99. Click here for more information.").</summary>
    [GeneratedRegex(@"\bclick here\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClickHere();

    /// <summary>Image metadata leaked as text by a gallery plugin: "https://.../photo.jpg 1200 676 admin ...".</summary>
    [GeneratedRegex(@"^\S*https?://\S+\.(jpe?g|png|gif|webp)\s+\d{2,5}\s+\d{2,5}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageData();
}

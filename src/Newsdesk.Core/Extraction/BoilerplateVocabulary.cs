namespace Newsdesk.Core.Extraction;

/// <summary>
/// The named token lists the extractor reads class and id attributes with (kept as data, as
/// trafilatura keeps its xpaths.py). Class names are split into lowercase tokens at every
/// non-letter and at camelCase humps, so "c-social-buttons__svg" gives {c, social, buttons, svg}
/// and "RelatedArticles" gives {related, articles}.
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>
    /// Elements never part of an article's text: scripts and styles, embedded media and form
    /// controls, and the HTML5 sectioning elements for page chrome (nav, aside, footer, header).
    /// A header inside an article holds the headline, dek and byline, which are metadata here and
    /// not body text in the human-marked benchmark bodies.
    /// </summary>
    public static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "picture", "img", "map", "area",
        "button", "input", "select", "option", "optgroup", "textarea", "label", "fieldset", "datalist", "output", "progress", "meter",
        "nav", "aside", "footer", "header", "dialog", "menu", "head", "title", "link", "meta", "base",
        "frame", "frameset", "applet", "param", "slot",
    };

    /// <summary>
    /// Class/id tokens of page furniture: navigation, sharing, comments, recirculation, ads,
    /// consent and subscription prompts, bylines and date lines. An element carrying one is
    /// dropped with its subtree (unless it also carries a <see cref="BodyMarkers"/> name).
    /// Evidence: the boilerplate blocks of the shared extraction pages and trafilatura's
    /// DISCARD_XPATH, restricted to whole tokens so "shareholder" or "header-image" do not match.
    /// </summary>
    public static readonly HashSet<string> NegativeTokens = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "skip",
        "footer", "sidebar", "toolbar", "pagination", "pager",
        "share", "sharing", "sharebar", "social", "sociallinks", "follow",
        "comment", "comments", "disqus", "respond", "replies",
        "related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular", "mostread", "outbrain", "taboola",
        "promo", "promoted", "sponsored", "sponsor", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "gpt",
        "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "login",
        "popup", "modal", "overlay", "banner", "byline", "bylines", "dateline", "timestamp", "kicker", "eyebrow",
        "tags", "tag", "taglist", "keywords", "categories", "bio", "print", "email", "rating", "poll",
        "teaser", "teasers", "excerpt",
    };

    /// <summary>
    /// Tokens that make a class name a statement about the element rather than its role
    /// ("content-with-sidebar", "has-comments", "no-ads", "is-sticky"): such a name is ignored.
    /// Evidence: "content-with-sidebar-wrp" wraps the whole article on a Drupal news site.
    /// </summary>
    public static readonly HashSet<string> StateTokens = new(StringComparer.Ordinal)
    {
        "with", "without", "has", "no", "is", "not", "show", "enable", "enabled", "disable", "disabled",
    };

    /// <summary>Class tokens of caption and credit containers (beyond figcaption): their text is kept as captions.</summary>
    public static readonly HashSet<string> CaptionTokens = new(StringComparer.Ordinal)
    {
        "caption", "captions", "credit", "credits", "figcaption", "photocredit", "imagecredit", "cutline", "legend",
    };

    /// <summary>
    /// Whole class names (not tokens) that hide their text from sighted readers: screen-reader
    /// labels such as "Opens in a new window" and "Advertisement" that no reader sees.
    /// </summary>
    public static readonly HashSet<string> HiddenClassNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "u-hidden-text", "element-invisible", "offscreen", "a11y-hidden",
    };

    /// <summary>
    /// Class-name prefixes that state a page or post property rather than a role (WordPress
    /// "tag-politics", "category-news", "has-post-thumbnail", "no-comments", "format-standard").
    /// Without this list the article element of most WordPress sites would be dropped for the
    /// "tag" or "comments" token.
    /// </summary>
    public static readonly string[] IgnoredClassPrefixes =
    [
        "has-", "no-", "with-", "without-", "is-", "tag-", "category-", "format-", "status-", "type-", "postid-", "page-id-", "page-template", "single-format", "hentry", "js-",
    ];

    /// <summary>
    /// Class/id names (separators removed, lowercase) that name an article body container on
    /// many sites: schema.org itemprop articleBody, WordPress entry-content, and the
    /// article-body/story-body family. Such an element is never dropped as boilerplate, and it is
    /// preferred as the body root when it holds most of the best candidate's text.
    /// </summary>
    public static readonly string[] BodyMarkers =
    [
        "articlebody", "articlecontent", "articletext", "articlecopy", "articleentry",
        "storybody", "storycontent", "storytext", "entrycontent", "entrybody", "entrytext",
        "postcontent", "postbody", "posttext", "postentry", "richtext", "bodytext", "contentbody", "maincontent", "textcontent", "blogcontent", "blogpost",
        "newsbody", "newstext", "newscontent", "contenttext", "paywallcontent", "articlebodytext",
    ];
}

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Runs the named junk rules over an article's paragraphs until nothing more changes. The one
/// rule set for every path: text and digest imports clean paragraphs with <see cref="Clean"/>,
/// the extractor judges a page's body blocks with <see cref="Judge"/>.
/// </summary>
public sealed class JunkCleaner(IReadOnlyList<JunkRule> rules)
{
    /// <summary>
    /// Removing trailing junk can expose more (an email above "(END)" above a repeated byline);
    /// three passes cover the deepest stack seen in the seeds (two) with one to spare.
    /// </summary>
    private const int MaxPasses = 3;

    /// <summary>
    /// Every rule, in the order they are tried: whole-line furniture first, then junk that is
    /// junk only by its place in the article (tail sign-offs, repeated bylines), then captions.
    /// </summary>
    public static JunkCleaner Default { get; } = new(
    [
        new SeparatorLineRule(),
        new AdvertisementLabelRule(),
        new CommentPromptRule(),
        new NewsletterSignupRule(),
        new ShareWidgetRule(),
        new RelatedLinksRule(),
        new ClickHereRule(),
        new CopyrightRule(),
        new CookieNoticeRule(),
        new ScriptRequiredRule(),
        new InterfaceLabelRule(),
        new EscapedMarkupRule(),
        new ShortcodeRule(),
        new ImageDataRule(),
        new DateLineRule(),
        new PostMetaRule(),
        new WireAdvisoryRule(),
        new EndMarkerRule(),
        new ReporterSignoffRule(),
        new RepeatedBylineRule(),
        new EmailSignoffRule(),
        new PhotoCreditRule(),
    ]);

    public IReadOnlyList<JunkRule> Rules { get; } = rules;

    private readonly JunkRule[] _positionalRules = rules.Where(r => r.IsPositional).ToArray();

    /// <summary>
    /// The decision on each paragraph, index-aligned with <paramref name="paragraphs"/>: blank
    /// paragraphs are dropped; a caption stays a caption unless a later pass drops it.
    /// </summary>
    public IReadOnlyList<JunkDecision> Judge(IReadOnlyList<string> paragraphs, IReadOnlyList<string>? headerLines = null) =>
        JudgeInOrder(paragraphs, headerLines).Decisions;

    public CleanResult Clean(IReadOnlyList<string> paragraphs, IReadOnlyList<string>? headerLines = null)
    {
        var (decisions, dropOrder) = JudgeInOrder(paragraphs, headerLines);
        var kept = new List<CleanParagraph>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (decisions[i].Verdict != JunkVerdict.Drop)
            {
                kept.Add(new CleanParagraph(paragraphs[i].Trim(), decisions[i].Verdict == JunkVerdict.Caption));
            }
        }

        var removed = dropOrder.Select(i => new RemovedParagraph(paragraphs[i].Trim(), decisions[i].Rule!)).ToList();
        return new CleanResult(kept, removed);
    }

    /// <summary>The decisions, and the paragraphs a rule dropped in the order the passes dropped them.</summary>
    private (JunkDecision[] Decisions, List<int> DropOrder) JudgeInOrder(IReadOnlyList<string> paragraphs, IReadOnlyList<string>? headerLines)
    {
        var decisions = new JunkDecision[paragraphs.Count];
        var dropOrder = new List<int>();
        var alive = new List<int>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(paragraphs[i]))
            {
                decisions[i] = new JunkDecision(JunkVerdict.Drop, null);
            }
            else
            {
                alive.Add(i);
            }
        }

        for (var pass = 0; pass < MaxPasses; pass++)
        {
            // After the first pass only positional rules can change their answer.
            var rules = pass == 0 ? Rules : _positionalRules;
            var context = new JunkContext(alive.Select(i => paragraphs[i].Trim()).ToList(), headerLines ?? []);
            var next = new List<int>(alive.Count);
            for (var n = 0; n < alive.Count; n++)
            {
                var decision = Decide(rules, context, n);
                if (decision.Verdict == JunkVerdict.Drop)
                {
                    decisions[alive[n]] = decision;
                    dropOrder.Add(alive[n]);
                    continue;
                }

                if (decision.Verdict == JunkVerdict.Caption)
                {
                    decisions[alive[n]] = decision;
                }

                next.Add(alive[n]);
            }

            if (next.Count == alive.Count)
            {
                break;
            }

            alive = next;
        }

        return (decisions, dropOrder);
    }

    private static JunkDecision Decide(IReadOnlyList<JunkRule> rules, JunkContext context, int index)
    {
        foreach (var rule in rules)
        {
            var verdict = rule.Judge(context, index);
            if (verdict != JunkVerdict.Keep)
            {
                return new JunkDecision(verdict, rule.Name);
            }
        }

        return default;
    }
}

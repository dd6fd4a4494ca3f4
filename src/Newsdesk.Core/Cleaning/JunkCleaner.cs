namespace Newsdesk.Core.Cleaning;

/// <summary>Runs the named junk rules over an article's paragraphs until nothing more changes.</summary>
public sealed class JunkCleaner(IReadOnlyList<JunkRule> rules)
{
    /// <summary>
    /// Removing trailing junk can expose more (an email above "(END)" above a repeated byline);
    /// three passes cover the deepest stack seen in the seeds (two) with one to spare.
    /// </summary>
    private const int MaxPasses = 3;

    /// <summary>Every rule, in the order they are tried.</summary>
    public static JunkCleaner Default { get; } = new(
    [
        new SeparatorLineRule(),
        new CommentPromptRule(),
        new NewsletterSignupRule(),
        new ShareWidgetRule(),
        new RelatedLinksRule(),
        new WireAdvisoryRule(),
        new EndMarkerRule(),
        new ReporterSignoffRule(),
        new RepeatedBylineRule(),
        new EmailSignoffRule(),
        new PhotoCreditRule(),
    ]);

    public IReadOnlyList<JunkRule> Rules { get; } = rules;

    public CleanResult Clean(IReadOnlyList<string> paragraphs, IReadOnlyList<string>? headerLines = null)
    {
        var current = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var captions = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<RemovedParagraph>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var context = new JunkContext(current, headerLines ?? []);
            var next = new List<string>(current.Count);
            var changed = false;
            for (var i = 0; i < current.Count; i++)
            {
                var verdict = JunkVerdict.Keep;
                string? ruleName = null;
                foreach (var rule in Rules)
                {
                    verdict = rule.Judge(context, i);
                    if (verdict != JunkVerdict.Keep)
                    {
                        ruleName = rule.Name;
                        break;
                    }
                }

                if (verdict == JunkVerdict.Drop)
                {
                    removed.Add(new RemovedParagraph(current[i], ruleName!));
                    changed = true;
                    continue;
                }

                if (verdict == JunkVerdict.Caption)
                {
                    captions.Add(current[i]);
                }

                next.Add(current[i]);
            }

            current = next;
            if (!changed)
            {
                break;
            }
        }

        return new CleanResult(current.Select(p => new CleanParagraph(p, captions.Contains(p))).ToList(), removed);
    }
}

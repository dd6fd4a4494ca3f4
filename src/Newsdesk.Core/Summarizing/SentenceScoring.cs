using System.Text.RegularExpressions;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// The hand-tuned score of a candidate sentence: a lead prior plus content, minus what highlight
/// writers leave out. Weights were set by sweeping one at a time on the dev sets (CNN/DM 125
/// articles, MultiLing 2011 5 topics, ROUGE --rouge155); the figures below are the ablations in
/// docs/benchmarks.md ("Summaries"): what removing the rule costs, R1 / R2 / RLsum F1 on CNN/DM,
/// R1 / R2 recall at 250 words on MultiLing.
/// </summary>
internal static partial class SentenceScoring
{
    /// <summary>
    /// Lead prior exp(-position / 3): news puts the event first. Without it CNN/DM falls 6.2 R1
    /// (and goes below Lead-3); decay 2 or 5 cost 0.2-0.3 R1.
    /// </summary>
    public const double PositionDecay = 3;

    /// <summary>Weight of the cosine to the input's centroid: +0.5 R1 / +0.3 R2 on CNN/DM, +0.9 R1 / +2.0 R2 on MultiLing (with the title).</summary>
    public const double CentralityWeight = 1;

    /// <summary>Weight of the share of the headline's terms the sentence repeats: +0.6 R1 / +1.4 R2 on MultiLing (CNN/DM has no titles).</summary>
    public const double TitleWeight = 0.5;

    /// <summary>
    /// Highlights are short (CNN/DM references average 13.6 words a sentence): beyond
    /// <see cref="LongSentenceWords"/> words a sentence loses 1 point per further 30 words.
    /// Without it CNN/DM loses 0.9 R1, 0.55 R2, 1.0 RLsum; it also keeps DM captions glued to a
    /// sentence out.
    /// </summary>
    public const int LongSentenceWords = 30;

    /// <summary>
    /// Fragments ("No wonder.", "Guilty across the board.") under 10 words. No measurable ROUGE
    /// effect on dev (within 0.03); kept because a brief should not show a fragment out of context.
    /// </summary>
    public const int ShortSentenceWords = 10;

    public const double ShortSentencePenalty = 0.3;

    /// <summary>A sentence that opens with a quotation mark is a quote; highlights paraphrase (+0.05 R1 / +0.06 R2 on CNN/DM).</summary>
    public const double QuotationPenalty = 0.15;

    /// <summary>Rhetorical questions open features, they do not summarise them (within 0.01 on dev; kept for readers).</summary>
    public const double QuestionPenalty = 0.3;

    /// <summary>Page furniture that survives extraction ("Scroll down for video", "Click here").</summary>
    public const double PageFurniturePenalty = 1;

    public static double Score(CandidateSentence c)
    {
        var score = Math.Exp(-c.Position / PositionDecay) + CentralityWeight * c.Centrality + TitleWeight * c.TitleOverlap;
        if (c.Words < ShortSentenceWords)
        {
            score -= ShortSentencePenalty;
        }

        if (c.Words > LongSentenceWords)
        {
            score -= (c.Words - LongSentenceWords) / (double)LongSentenceWords;
        }

        if (OpensWithQuotation(c.Text))
        {
            score -= QuotationPenalty;
        }

        if (IsQuestion(c.Text))
        {
            score -= QuestionPenalty;
        }

        if (PageFurniture().IsMatch(c.Text))
        {
            score -= PageFurniturePenalty;
        }

        return score;
    }

    private static bool OpensWithQuotation(string text) => text.Length > 0 && text[0] is '"' or '“' or '‘' or '\'' or '«';

    private static bool IsQuestion(string text) => text.TrimEnd('"', '\'', '”', '’', ')', '»').EndsWith('?');

    [GeneratedRegex(@"\b(?:scroll down for (?:video|more)|click here|read more|sign up for|subscribe to our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();
}

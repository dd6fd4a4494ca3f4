namespace Newsdesk.Core.Stories;

/// <summary>
/// How an article compares with one story, feature by feature: the inputs of the join decision.
/// Cosines are per feature kind (0 when either side has none of that kind). When either time is
/// unknown, the gap and proximity are 0: no evidence either way. The lead and cohesion values tell a
/// similar event from the same event: a story about one fight names its boxers, an article about
/// another fight on the same card names others (<see cref="LeadMissing"/> and <see cref="LeadConflict"/>; the
/// same for the heaviest words: <see cref="TermLeadMissing"/>, <see cref="TermLeadConflict"/>);
/// a story of near-identical reports expects a close match, a broad one accepts a loose one
/// (<see cref="CohesionDeficit"/>).
/// </summary>
public readonly record struct StoryEvidence(
    double Terms,
    double Title,
    double Entities,
    double Numbers,
    double Dates,
    double EntityNovelty,
    double DateConflict,
    double LogGapDays,
    double Proximity,
    double SingleLink,
    double LeadMissing,
    double LeadConflict,
    double NumberConflict,
    double SeedLink,
    double CohesionDeficit,
    double TermLeadMissing,
    double TermLeadConflict)
{
    /// <summary>The values in a fixed order (for the linear model and for dumping training pairs).</summary>
    public double[] ToArray() =>
        [Terms, Title, Entities, Numbers, Dates, EntityNovelty, DateConflict, LogGapDays, Proximity, SingleLink,
         LeadMissing, LeadConflict, NumberConflict, SeedLink, CohesionDeficit, TermLeadMissing, TermLeadConflict];

    public static IReadOnlyList<string> Names { get; } =
        ["terms", "title", "entities", "numbers", "dates", "entity_novelty", "date_conflict", "log_gap_days", "proximity", "single_link",
         "lead_missing", "lead_conflict", "number_conflict", "seed_link", "cohesion_deficit", "term_lead_missing", "term_lead_conflict"];
}

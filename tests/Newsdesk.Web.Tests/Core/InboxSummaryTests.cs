using Newsdesk.Web.Newsroom;

namespace Newsdesk.Web.Tests.Core;

public sealed class InboxSummaryTests
{
    private const string Opening =
        "Negotiators from Seoul and Washington met on Thursday for a second round of talks on the cost of keeping American troops in the country, officials said.";

    [Fact]
    public void Summarize_CutsAtTheLastWholeSentence_NotInsideAFigure()
    {
        // The second sentence ends past the card's 300 characters; its figure's decimal point does not.
        var lead = Opening + " South Korea pays about $1.47 billion a year under the current deal, officials said, and the United States wants several times that amount from next year."
            + " A third sentence runs on long enough to push the text past the card's limit, with more words about the schedule of further rounds.";
        Assert.True(lead.IndexOf("$1.47", StringComparison.Ordinal) < 300 && lead.IndexOf("next year.", StringComparison.Ordinal) + 10 > 301);

        Assert.Equal(Opening, InboxQuery.Summarize(lead));
    }

    [Fact]
    public void Summarize_ShortLead_IsWhole() =>
        Assert.Equal("Talks resumed. A second round is due in March.", InboxQuery.Summarize("Talks resumed.\n\nA second round is due in March."));
}

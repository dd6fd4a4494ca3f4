using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Core.Tests.Publishing;

public sealed class BriefLetterTests
{
    private static readonly DateOnly Day = new(2026, 11, 21);

    [Theory]
    [InlineData("Korea Security Brief", "Korea Security Brief (Saturday 21 November 2026)")]
    [InlineData("Daily brief", "Daily brief (Saturday 21 November 2026)")]
    // A title that names the day already is the subject alone.
    [InlineData("Brief for 21 November 2026", "Brief for 21 November 2026")]
    [InlineData("Korea brief, 21 Nov", "Korea brief, 21 Nov")]
    [InlineData("Korea brief, November 21st", "Korea brief, November 21st")]
    [InlineData("Korea brief, Nov. 21", "Korea brief, Nov. 21")]
    [InlineData("Brief 2026-11-21", "Brief 2026-11-21")]
    // Another day, or a number that is not the day, is not the date.
    [InlineData("Brief for 1 November", "Brief for 1 November (Saturday 21 November 2026)")]
    [InlineData("Top 21 stories", "Top 21 stories (Saturday 21 November 2026)")]
    public void Subject_NamesTheDayOnce(string title, string expected) => Assert.Equal(expected, BriefLetter.SubjectOf(title, Day));
}

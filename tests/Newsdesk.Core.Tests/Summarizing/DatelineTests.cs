using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Tests.Summarizing;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("(CNN)They may be close to finding it.", "They may be close to finding it.")]
    [InlineData("New Delhi, India (CNN)As the earth shook, tremors were felt.", "As the earth shook, tremors were felt.")]
    [InlineData("SEOUL, Nov. 22 (Yonhap) -- North Korea fired a missile.", "North Korea fired a missile.")]
    [InlineData("LONDON (Reuters) - Shares fell on Monday.", "Shares fell on Monday.")]
    [InlineData("(AP) The vote was delayed.", "The vote was delayed.")]
    [InlineData("WASHINGTON (AP) _ The vote was delayed.", "The vote was delayed.")]
    [InlineData("SEOUL _ The vote was delayed.", "The vote was delayed.")]
    [InlineData("PYONGYANG — State media said the test succeeded.", "State media said the test succeeded.")]
    [InlineData("Kim Jong Un (KJU) said the test succeeded.", "Kim Jong Un (KJU) said the test succeeded.")]
    [InlineData("The agency (KCNA) said the test succeeded.", "The agency (KCNA) said the test succeeded.")]
    [InlineData("NATO allies met in Brussels.", "NATO allies met in Brussels.")]
    [InlineData("(CNN)", "(CNN)")]
    public void Length_StripsOnlyAnOpeningDateline(string sentence, string remainder) =>
        Assert.Equal(remainder, sentence[Dateline.Length(sentence)..]);
}

using Newsdesk.Core.Importing;

namespace Newsdesk.Core.Tests.Importing;

public sealed class LooseDateTests
{
    [Theory]
    [InlineData("July 12, 2025", "2025-07-12T00:00:00+00:00", "")]
    [InlineData("12 July, 2025 Saturday", "2025-07-12T00:00:00+00:00", "")]
    [InlineData("Published: 13 Jul. 2025, 19:01", "2025-07-13T19:01:00+00:00", "Published")]
    [InlineData("Posted July. 12, 2025 07:12,", "2025-07-12T07:12:00+00:00", "Posted")]
    [InlineData("Published 2025.07.13. 11:19", "2025-07-13T11:19:00+00:00", "Published")]
    [InlineData("Published Jul 13, 2025 10:20 am KST", "2025-07-13T10:20:00+09:00", "Published")]
    [InlineData("Updated Jul 13, 2025 12:18 pm KST", "2025-07-13T12:18:00+09:00", "Updated")]
    [InlineData("World News July 12, 2025 / 6:38 PM", "2025-07-12T18:38:00+00:00", "World News")]
    [InlineData("Xavier T. Brunson July 12, 2025", "2025-07-12T00:00:00+00:00", "Xavier T. Brunson")]
    [InlineData("2026-11-20T09:30:00+09:00", "2026-11-20T09:30:00+09:00", "")]
    [InlineData("11 July 2025", "2025-07-11T00:00:00+00:00", "")]
    public void Find_ReadsDateTimeAndRest(string text, string expected, string rest)
    {
        var found = LooseDate.Find(text);
        Assert.NotNull(found);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found.Value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, found.Value.Offset);
        Assert.Equal(rest, found.Rest);
    }

    [Theory]
    [InlineData("The troops may 12 soldiers")]
    [InlineData("February 30, 2025")]
    [InlineData("No date here")]
    public void Find_NoValidDate_ReturnsNull(string text) => Assert.Null(LooseDate.Find(text));

    [Theory]
    [InlineData("Sunday", true)]
    [InlineData("15:16", true)]
    [InlineData("6:38 PM", true)]
    [InlineData("Sunday talks", false)]
    public void IsWeekdayOrTime(string text, bool expected) => Assert.Equal(expected, LooseDate.IsWeekdayOrTime(text));
}

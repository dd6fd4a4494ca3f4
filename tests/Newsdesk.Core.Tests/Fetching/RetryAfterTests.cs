using Newsdesk.Core.Fetching;

namespace Newsdesk.Core.Tests.Fetching;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    public static TheoryData<string?, DateTimeOffset?> Cases => new()
    {
        { "120", Now.AddSeconds(120) },
        { " 0 ", Now },
        { "Sun, 22 Nov 2026 08:00:00 GMT", new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero) },
        { "Sunday, 22-Nov-26 08:00:00 GMT", new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero) },
        { "Sat, 21 Nov 2026 08:00:00 GMT", Now },
        { "99999999999", Now.AddDays(365) },
        { "-5", null },
        { "soon", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_HeaderValue_GivesInstant(string? header, DateTimeOffset? expected) =>
        Assert.Equal(expected, RetryAfter.Parse(header, Now));
}

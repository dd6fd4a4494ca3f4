using Newsdesk.Core.Parsing.Dates;

namespace Newsdesk.Core.Tests.Parsing;

public sealed class FeedDateParserTests
{
    [Theory]
    // RFC 822 / 1123 / 2822 and variants
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 1 Jan 2004 19:48:21 +0100", "2004-01-01T18:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48 EST", "2004-01-02T00:48:00Z")]
    [InlineData("01 Jan 2004 19:48:21 PDT", "2004-01-02T02:48:21Z")]
    [InlineData("Thursday, 01 January 2004 19:48:21 -05:00", "2004-01-02T00:48:21Z")]
    [InlineData("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 99 19:48:21 GMT", "1999-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004", "2004-01-01T00:00:00Z")]
    [InlineData("Thu,01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z")]
    [InlineData("Sun, 15 Feb 2004 11:00:08.000 GMT", "2004-02-15T11:00:08Z")]
    [InlineData("Mon, 26 Jan 2004 16:31:00 +0000 (GMT)", "2004-01-26T16:31:00Z")]
    [InlineData("Tue, 20 Sept 2005 10:00:00 CEST", "2005-09-20T08:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 08:00:00 XYZ", "2002-10-02T08:00:00Z")]
    [InlineData("Jan 5, 2004 4:30 PM EST", "2004-01-05T21:30:00Z")]
    [InlineData("01-Jan-2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 24:00:00 GMT", "2004-01-02T00:00:00Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT+2", "2004-01-01T17:48:21Z")]
    // asctime and Perforce
    [InlineData("Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z")]
    [InlineData("Sun Jan 4 16:29:06 2004", "2004-01-04T16:29:06Z")]
    [InlineData("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z")]
    [InlineData("25.05.2004 14:30 +0200", "2004-05-25T12:30:00Z")]
    // W3CDTF / ISO 8601
    [InlineData("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14:55.123-08:00", "2003-12-31T18:14:55.123Z")]
    [InlineData("2003-12-31T10:14Z", "2003-12-31T10:14:00Z")]
    [InlineData("2003-12-31T10:14:55+0100", "2003-12-31T09:14:55Z")]
    [InlineData("2003-12-31T10:14:55", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31 10:14:55", "2003-12-31T10:14:55Z")]
    [InlineData("2004-07-08 23:56:58.0", "2004-07-08T23:56:58Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    [InlineData("2003", "2003-01-01T00:00:00Z")]
    [InlineData("20031231T101455Z", "2003-12-31T10:14:55Z")]
    [InlineData("20031231", "2003-12-31T00:00:00Z")]
    [InlineData("2003-335", "2003-12-01T00:00:00Z")]
    [InlineData("2004/07/08 23:56", "2004-07-08T23:56:00Z")]
    [InlineData("1072915200", "2004-01-01T00:00:00Z")]
    // Korean, Greek, Hungarian
    [InlineData("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z")]
    [InlineData("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z")]
    [InlineData("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z")]
    [InlineData("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z")]
    public void Parse_RealWorldFormats(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDateParser.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Thu, 32 Jan 2004 19:48:21 GMT")]
    [InlineData("2003-13-01")]
    [InlineData("2003-02-30T10:00:00Z")]
    [InlineData("Τετ, 29 ???? 2004 12:53:00 GMT")]
    public void Parse_Unreadable_ReturnsNull(string? text) => Assert.Null(FeedDateParser.Parse(text));

    [Theory]
    [InlineData("00:03:07.250", 187.25)]
    [InlineData("08:26", 506)]
    [InlineData("3600", 3600)]
    [InlineData("1:02:03", 3723)]
    public void Duration_Parses(string text, double seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.Parse(text));
}

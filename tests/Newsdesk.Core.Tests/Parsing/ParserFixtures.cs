using System.Text;
using Newsdesk.Core.Parsing;

namespace Newsdesk.Core.Tests.Parsing;

/// <summary>Fixture loading and one-line parsing for the parser tests.</summary>
internal static class ParserFixtures
{
    public static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Parsing", name));

    public static ParsedFeed Parse(string xml, FeedContext? context = null) => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), context);

    public static ParsedFeed Parse(byte[] bytes, FeedContext? context = null) => new FeedParser().Parse(bytes, context);
}

using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

/// <summary>Reads the fixture pages in TestData/Extraction and extracts them.</summary>
internal static class ExtractionFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", name));

    public static ExtractionResult Extract(string name, string? url = null, SiteRules? rules = null) =>
        new ArticleExtractor().Extract(Read(name), url is null ? null : new Uri(url), rules);

    public static string Text(ExtractionResult result) => ArticleBody.ToPlainText(result.Blocks, includeCaptions: true);
}

using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Briefs;

/// <summary>The excerpt a brief shows under a headline: the article's first paragraphs.</summary>
public static class BriefExcerpt
{
    /// <summary>Two paragraphs carry the lede and nut graf of a news story.</summary>
    public const int MaxParagraphs = 2;

    /// <summary>
    /// About a minute's reading for a whole brief of ten items at 120 words each; the seeds' ledes
    /// run 30-60 words, so two usually fit.
    /// </summary>
    public const int MaxWords = 120;

    public static IReadOnlyList<Block> Of(IEnumerable<Block> blocks)
    {
        var excerpt = new List<Block>();
        var words = 0;
        foreach (var block in ArticleBody.Prose(blocks))
        {
            var count = ArticleBody.CountWords([block]);
            if (excerpt.Count > 0 && words + count > MaxWords)
            {
                break;
            }

            excerpt.Add(count > MaxWords ? block with { Text = Shorten(block.Text, MaxWords), Links = null } : block);
            words += count;
            if (excerpt.Count == MaxParagraphs || words >= MaxWords)
            {
                break;
            }
        }

        return excerpt;
    }

    /// <summary>Cuts at the last sentence end within the word budget, else at a word, with an ellipsis.</summary>
    public static string Shorten(string text, int maxWords)
    {
        var seen = 0;
        var cut = text.Length;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord && ++seen > maxWords)
            {
                cut = i;
                break;
            }

            inWord = w;
        }

        if (cut >= text.Length)
        {
            return text;
        }

        var head = text[..cut];
        var sentenceEnd = head.LastIndexOfAny(['.', '!', '?']);
        return sentenceEnd > head.Length / 2 ? head[..(sentenceEnd + 1)] : head.TrimEnd(' ', ',', ';', ':') + "\u2026";
    }
}

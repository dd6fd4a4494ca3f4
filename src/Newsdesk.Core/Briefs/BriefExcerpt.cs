using Newsdesk.Core.Articles;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Briefs;

/// <summary>
/// What a brief shows under a headline, by <see cref="ExcerptMode"/>: the article's first
/// paragraphs, its lead sentences standing in for a summary, or nothing.
/// </summary>
public static class BriefExcerpt
{
    /// <summary>Two paragraphs carry the lede and nut graf of a news story.</summary>
    public const int MaxParagraphs = 2;

    /// <summary>
    /// About a minute's reading for a whole brief of ten items at 120 words each; the seeds' ledes
    /// run 30-60 words, so two usually fit.
    /// </summary>
    public const int MaxWords = 120;

    /// <summary>
    /// Summary mode shows the lead's first sentences until the summarizing stage stores summaries:
    /// two sentences carry a news story's who-what-when and its context.
    /// </summary>
    public const int LeadSentences = 2;

    public static IReadOnlyList<Block> For(IEnumerable<Block> blocks, ExcerptMode mode) => mode switch
    {
        ExcerptMode.None => [],
        ExcerptMode.Summary => Lead(blocks),
        _ => Of(blocks),
    };

    /// <summary>The first <see cref="LeadSentences"/> sentences of the body's prose, as one paragraph.</summary>
    public static IReadOnlyList<Block> Lead(IEnumerable<Block> blocks)
    {
        var sentences = new List<string>(LeadSentences);
        foreach (var block in ArticleBody.Prose(blocks).Where(b => b.Kind == BlockKind.Paragraph))
        {
            foreach (var sentence in SentenceSplitter.Split(block.Text))
            {
                sentences.Add(sentence.Text.Trim());
                if (sentences.Count == LeadSentences)
                {
                    return [Block.Paragraph(Shorten(string.Join(' ', sentences), MaxWords))];
                }
            }
        }

        return sentences.Count == 0 ? [] : [Block.Paragraph(Shorten(string.Join(' ', sentences), MaxWords))];
    }

    /// <summary>The opening paragraphs, within <see cref="MaxParagraphs"/> and <see cref="MaxWords"/>.</summary>
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

        var sentenceEnd = SentenceSplitter.EndWithin(text, cut);
        return sentenceEnd > cut / 2 ? text[..sentenceEnd].TrimEnd() : text[..cut].TrimEnd(' ', ',', ';', ':') + "\u2026";
    }
}

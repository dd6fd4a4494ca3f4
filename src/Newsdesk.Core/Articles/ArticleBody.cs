using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Core.Articles;

/// <summary>Conversions between an article's block list and its stored and plain-text forms.</summary>
public static class ArticleBody
{
    /// <summary>The body as plain text: one block per paragraph, blocks separated by a blank line.</summary>
    public static string ToPlainText(IEnumerable<Block> blocks, bool includeCaptions = false)
    {
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Caption && !includeCaptions)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(block.Text);
        }

        return sb.ToString();
    }

    /// <summary>Paragraph-like blocks, for excerpts and summaries: no headings, captions or code.</summary>
    public static IEnumerable<Block> Prose(IEnumerable<Block> blocks) =>
        blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.BulletItem or BlockKind.NumberedItem);

    public static string Serialize(IReadOnlyList<Block> blocks) =>
        JsonSerializer.Serialize(blocks, BlockJsonContext.Default.IReadOnlyListBlock);

    public static IReadOnlyList<Block> Deserialize(string json) =>
        string.IsNullOrEmpty(json)
            ? []
            : JsonSerializer.Deserialize(json, BlockJsonContext.Default.IReadOnlyListBlock) ?? [];

    /// <summary>Word count of the body's prose.</summary>
    public static int CountWords(IEnumerable<Block> blocks)
    {
        var count = 0;
        foreach (var block in Prose(blocks))
        {
            var inWord = false;
            foreach (var c in block.Text)
            {
                var wordChar = char.IsLetterOrDigit(c);
                if (wordChar && !inWord)
                {
                    count++;
                }

                inWord = wordChar;
            }
        }

        return count;
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(IReadOnlyList<Block>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class BlockJsonContext : JsonSerializerContext;

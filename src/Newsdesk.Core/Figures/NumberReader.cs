using System.Globalization;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Figures;

/// <summary>A number read from the words of a text: its value, the words it used and any unit glued to it ("152mm", "$5bn").</summary>
internal readonly record struct NumberRead(double Value, int End, string? GluedSuffix, bool IsWord, bool IsPlainInteger);

/// <summary>Reads digits ("12,000", "9.6"), digits with a glued suffix ("500km", "5bn") and number words ("twenty-five", "two dozen").</summary>
internal static class NumberReader
{
    public static bool TryRead(string text, List<Token> words, int index, int end, out NumberRead number)
    {
        number = default;
        var word = words[index].Value;
        if (char.IsDigit(word[0]))
        {
            var digits = 0;
            while (digits < word.Length && (char.IsDigit(word[digits]) || word[digits] is ',' or '.'))
            {
                digits++;
            }

            var numeral = word[..digits];
            var suffix = digits < word.Length ? word[digits..] : null;
            if (!double.TryParse(numeral.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || (numeral.Contains(',', StringComparison.Ordinal) && !IsThousandsGrouped(numeral)))
            {
                return false;
            }

            var plain = suffix is null && !numeral.Contains(',', StringComparison.Ordinal) && !numeral.Contains('.', StringComparison.Ordinal);
            number = new NumberRead(value, index + 1, suffix, false, plain);
            return true;
        }

        if (!FigureLexicon.NumberWords.TryGetValue(word, out var first))
        {
            return false;
        }

        // "twenty-five", "two dozen", "three hundred".
        var total = first;
        var next = index + 1;
        if (next < end && first is >= 20 and < 100 && first % 10 == 0 && text[words[next].Start - 1] == '-'
            && FigureLexicon.NumberWords.TryGetValue(words[next].Value, out var unit) && unit < 10)
        {
            total += unit;
            next++;
        }

        if (next < end && words[next].Value is "hundred" or "dozen" && total < 100)
        {
            total *= words[next].Value == "hundred" ? 100 : 12;
            next++;
        }

        number = new NumberRead(total, next, null, true, false);
        return true;
    }

    /// <summary>"12,000" and "1,234,567" but not "1,2" (a list) or "12,00".</summary>
    private static bool IsThousandsGrouped(string numeral)
    {
        var integer = numeral.Split('.')[0];
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}

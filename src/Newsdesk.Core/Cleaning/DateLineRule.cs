using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// A line that is only a date or time, with at most a lead word ("Published: Nov. 19, 2019 at 8:59 pm",
/// "segunda-feira, 22 de janeiro de 2018 às 0:13", "Updated at 1:23 p.m."). Body text never
/// consists of a date alone; bylines and date lines sit between headline and body.
/// </summary>
public sealed partial class DateLineRule : LinePatternRule
{
    [GeneratedRegex(@"^(?=.*\d)\W*((published|updated|posted|last updated|modified|publicado|atualizado|aktualisiert|veröffentlicht|mis à jour|publié)( on| at| em| le| am)?\W*)*((mon|tues|wednes|thurs|fri|satur|sun)day|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo)?[\s,]*(\d{1,2}[\s./-]+(de\s+)?)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|\d{1,2})?[\s./-]*(\d{1,2},?\s*)?(de\s+)?((19|20)\d\d)?[\s,]*((at|às|um|à|-|\|)\s*)?(\d{1,2}[:.h]\d\d\s*(a\.?m\.?|p\.?m\.?)?\s*([A-Z]{2,4})?)?\W*((updated|published)\W.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    public override string Name => "date-line";

    protected override Regex Pattern => DateOnly();

    /// <summary>The pattern opens by requiring a digit; checking that first spares the regex on most lines.</summary>
    public override JunkVerdict Judge(JunkContext context, int index) =>
        context.IsShortLine(index) && HasDigit(context.Text(index)) ? base.Judge(context, index) : JunkVerdict.Keep;

    /// <summary>Any decimal digit, as the pattern's \d matches it (Unicode, not only 0-9).</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}

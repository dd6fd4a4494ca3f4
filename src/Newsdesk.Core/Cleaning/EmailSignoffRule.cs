using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// An email signature closing a forwarded page or newsletter: a valediction ("Regards,"), a name,
/// titles, and contact lines ("Twitter: @x", "Phone: ...", "email: ..."). Only removed when the
/// closing run of short lines holds at least one contact line, so a short last paragraph survives.
/// </summary>
public sealed partial class EmailSignoffRule : JunkRule
{
    /// <summary>The longest signature in the seeds is 7 lines (motto, name, three titles, three contacts).</summary>
    private const int MaxSignatureLines = 10;

    /// <summary>Signature lines are short: the longest seen ("Vice President, Center for Asia Pacific Strategy") has 7 words.</summary>
    private const int MaxLineWords = 10;

    [GeneratedRegex(@"^(e-?mail|phone|tel|telephone|mobile|cell|fax|twitter|x|linkedin|web|website|signal)\s*[:.]\s*\S+|^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^@\w{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    public override string Name => "email-signoff";

    public override bool IsPositional => true;

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        // A signature is the article's last lines: nothing earlier can be part of one.
        if (index < context.Paragraphs.Count - MaxSignatureLines)
        {
            return JunkVerdict.Keep;
        }

        var start = SignatureStart(context.Paragraphs);
        return start is int s && index >= s ? JunkVerdict.Drop : JunkVerdict.Keep;
    }

    private static int? SignatureStart(IReadOnlyList<string> paragraphs)
    {
        var start = paragraphs.Count;
        var hasContact = false;
        while (start > 0 && paragraphs.Count - start < MaxSignatureLines)
        {
            var line = paragraphs[start - 1];
            var contact = Contact().IsMatch(line);
            var shortLine = JunkContext.Words(line) <= MaxLineWords && !EndsSentence(line);
            if (!contact && !shortLine)
            {
                break;
            }

            hasContact |= contact;
            start--;
        }

        return hasContact && start < paragraphs.Count ? start : null;
    }

    private static bool EndsSentence(string line)
    {
        var t = line.TrimEnd();
        return t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?') || t.EndsWith('"') || t.EndsWith('”');
    }
}

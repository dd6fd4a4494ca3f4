namespace Newsdesk.Core.Cleaning;

/// <summary>Lines with no letters or digits ("-", "|", "***"): separators left by copy and paste.</summary>
public sealed class SeparatorLineRule : JunkRule
{
    public override string Name => "separator-line";

    public override JunkVerdict Judge(JunkContext context, int index) =>
        context.Text(index).Any(char.IsLetterOrDigit) ? JunkVerdict.Keep : JunkVerdict.Drop;
}

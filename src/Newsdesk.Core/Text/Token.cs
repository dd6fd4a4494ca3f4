namespace Newsdesk.Core.Text;

/// <summary>A word of a text: its span and its lower-cased form.</summary>
public readonly record struct Token(int Start, int Length, string Value)
{
    public int End => Start + Length;
}

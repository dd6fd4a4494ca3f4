namespace Newsdesk.Core.Text;

/// <summary>A sentence of a text: its exact characters and where they sit in the text.</summary>
public readonly record struct Sentence(int Start, int Length, string Text)
{
    public int End => Start + Length;
}

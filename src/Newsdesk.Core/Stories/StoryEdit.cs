namespace Newsdesk.Core.Stories;

/// <summary>
/// A story whose articles an editor changed (a merge or a move), in the order of the changes. Every
/// process that clusters new articles keeps its own live copy of the window; before its next batch it
/// rebuilds the stories logged since it last looked, so a correction made in the newsroom reaches a
/// worker on another machine without a restart.
/// </summary>
public sealed class StoryEdit
{
    public long Id { get; set; }

    public long StoryId { get; set; }

    public DateTimeOffset At { get; set; }
}

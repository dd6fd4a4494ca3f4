namespace Newsdesk.Core.Pipeline;

/// <summary>Progress of an import, reported after each file.</summary>
public sealed record ImportProgress(int FilesDone, int FilesTotal, string CurrentPath);

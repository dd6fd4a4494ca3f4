namespace Newsdesk.Core.Publishing.Email;

/// <summary>
/// A send <see cref="BriefMailer.CheckAsync"/> cleared: the brief is published, the settings complete and the
/// server reachable. Only the check makes one, so a send it starts is not checked twice.
/// </summary>
public sealed class ClearedSend
{
    internal ClearedSend(long briefId, SmtpOptions smtp)
    {
        BriefId = briefId;
        Smtp = smtp;
    }

    public long BriefId { get; }

    internal SmtpOptions Smtp { get; }
}

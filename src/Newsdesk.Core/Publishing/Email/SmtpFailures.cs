using System.Net.Mail;
using System.Net.Sockets;

namespace Newsdesk.Core.Publishing.Email;

/// <summary>Which SMTP failures are worth another try within a send, and how to describe one to the editor.</summary>
internal static class SmtpFailures
{
    private const int MaxErrorLength = 2000;

    /// <summary>
    /// 4xx replies (greylisting, a full queue, "try again later") and a dropped or timed-out
    /// connection may pass on a later try; a 5xx reply is the server's final word on that message.
    /// </summary>
    public static bool IsTransient(Exception e) => e switch
    {
        SmtpFailedRecipientsException many when many.InnerExceptions.Length > 0 => many.InnerExceptions.All(IsTransient),
        SmtpException s when (int)s.StatusCode is >= 400 and < 500 => true,

        // No reply code at all: the connection could not be made, was closed or timed out.
        SmtpException s when s.StatusCode == SmtpStatusCode.GeneralFailure => true,
        SmtpException => false,
        IOException or SocketException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };

    public static string Describe(Exception e)
    {
        var text = e switch
        {
            OperationCanceledException => "The SMTP server did not answer in time.",
            SmtpException { StatusCode: SmtpStatusCode.GeneralFailure, InnerException: { } inner } s => $"{s.Message} ({inner.Message})",
            _ => e.Message,
        };
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}

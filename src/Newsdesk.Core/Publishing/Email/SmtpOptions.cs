using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace Newsdesk.Core.Publishing.Email;

/// <summary>
/// The mail server briefs are sent through (section "Smtp"; environment <c>Newsdesk__Smtp__Host</c> and
/// so on; `newsdesk send` flags override both). Nothing is required until something is sent:
/// <see cref="Problem"/> names what is missing before the first message.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The sender address; required to send.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name ("The Daily Brief").</summary>
    public string? FromName { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>A file whose first line is the password, so it need not sit in configuration or the environment.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>STARTTLS (System.Net.Mail does not speak implicit TLS on port 465).</summary>
    public bool EnableSsl { get; set; }

    /// <summary>Time allowed for one message, connection included, in seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Attempts per message when the server answers 4xx or drops the connection; 5xx is never retried.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry, doubled before each next one.</summary>
    [Range(0, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Connections used at once. A server takes a few tens of milliseconds to answer each message
    /// (System.Net.Mail's writes wait on the server's delayed acknowledgement), so one connection sends
    /// about 20 a second; see docs/benchmarks.md ("Email delivery").
    /// </summary>
    [Range(1, 32)]
    public int Connections { get; set; } = 4;

    /// <summary>Why nothing can be sent with these settings, or null when they will do.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            return "No SMTP server is configured: set Smtp:Host (environment Newsdesk__Smtp__Host, or --smtp-host).";
        }

        if (string.IsNullOrWhiteSpace(From))
        {
            return "No sender address is configured: set Smtp:From (environment Newsdesk__Smtp__From, or --from).";
        }

        if (!MailAddress.TryCreate(From.Trim(), out _))
        {
            return $"The sender address '{From}' is not an email address.";
        }

        if (Port is < 1 or > 65535)
        {
            return $"The SMTP port {Port} is not a port number (1 to 65535).";
        }

        if (PasswordFile is not null && !File.Exists(PasswordFile))
        {
            return $"The SMTP password file {PasswordFile} does not exist.";
        }

        return null;
    }
}

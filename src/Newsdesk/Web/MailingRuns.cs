using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Web;

/// <summary>
/// Sends started from the newsroom (the composer's button, the API) run in the background, so a long
/// list never holds a request open: one run per brief in this process at a time (another process's
/// send of the same brief is kept apart by the store's claims). When the server stops, a run stops
/// between messages and the server waits for the message in flight, so it is recorded. What a run did
/// stays until the next run of the brief starts.
/// </summary>
internal sealed partial class MailingRuns(IServiceScopeFactory scopes, IOptions<SmtpOptions> smtp, IHostApplicationLifetime lifetime, ILogger<MailingRuns> logger)
    : IHostedService
{
    private readonly ConcurrentDictionary<long, Run> _runs = new();

    /// <summary>A run of one brief: running until <see cref="Result"/> is set.</summary>
    public sealed class Run
    {
        private MailingResult? _result;

        /// <summary>Set once, by the run, when it ends; read by requests meanwhile.</summary>
        public MailingResult? Result
        {
            get => Volatile.Read(ref _result);
            set => Volatile.Write(ref _result, value);
        }

        public bool Running => Result is null;

        public Task Work { get; set; } = Task.CompletedTask;
    }

    /// <summary>
    /// Starts sending brief <paramref name="briefId"/> unless it is being sent here already; a refusal
    /// (not found, a draft, incomplete settings) comes back at once and nothing starts.
    /// </summary>
    public async Task<(MailingResult? Refusal, bool Started)> BeginAsync(long briefId, Uri? baseUrl, CancellationToken ct)
    {
        ClearedSend? cleared;
        await using (var scope = scopes.CreateAsyncScope())
        {
            (var refusal, cleared) = await scope.ServiceProvider.GetRequiredService<BriefMailer>().CheckAsync(briefId, smtp.Value, ct);
            if (refusal is not null)
            {
                return (refusal, false);
            }
        }

        var run = new Run();
        if (!ReferenceEquals(_runs.AddOrUpdate(briefId, run, (_, old) => old.Running ? old : run), run))
        {
            return (null, false);
        }

        run.Work = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                run.Result = await scope.ServiceProvider.GetRequiredService<BriefMailer>().SendAsync(cleared!, baseUrl, null, lifetime.ApplicationStopping);
            }
            catch (Exception e)
            {
                LogFailed(logger, briefId, e);
                run.Result = MailingResult.Refused("The send stopped on an error: " + e.Message);
            }
        }, CancellationToken.None);
        return (null, true);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the runs, which stop between messages once the server is stopping, within the host's shutdown time.</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_runs.Values.Select(r => r.Work)).WaitAsync(cancellationToken);

    /// <summary>The latest run of a brief in this process, or null when none was started here.</summary>
    public Run? Latest(long briefId) => _runs.GetValueOrDefault(briefId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending brief {BriefId} stopped on an error")]
    private static partial void LogFailed(ILogger logger, long briefId, Exception e);
}

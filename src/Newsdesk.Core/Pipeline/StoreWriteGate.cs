using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Lets one refresh at a time write to a SQLite store. SQLite allows a single writer: concurrent
/// write transactions meet SQLITE_BUSY and sleep-retry instead of queueing, so N workers writing
/// at once wait longer than N writes in a row. Fetching and parsing stay concurrent; only the
/// short store step is serialised. PostgreSQL takes concurrent writers and is not gated.
/// </summary>
public sealed class StoreWriteGate
{
    private readonly SemaphoreSlim _sqlite = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(NewsdeskDb db, CancellationToken ct)
    {
        if (!db.IsSqlite)
        {
            return NoGate.Instance;
        }

        await _sqlite.WaitAsync(ct);
        return new Held(_sqlite);
    }

    private sealed class Held(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}

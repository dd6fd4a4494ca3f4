using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Importing;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// The import use case: expands files and folders, reads files in parallel (in order), and hands
/// the drafts to <see cref="ArticleIngestor"/> in batches. One bad file never stops the rest;
/// re-importing the same files changes nothing.
/// </summary>
public sealed partial class ImportFiles(IServiceScopeFactory scopes, DocumentReader reader, TimeProvider clock, ILogger<ImportFiles> logger)
{
    /// <summary>
    /// Drafts per transaction. SQLite commits cost a journal sync each; 200 drafts keep a commit
    /// under ~50 ms on the dev machine while bounding the memory a batch holds.
    /// </summary>
    public const int BatchSize = 200;

    /// <summary>Files read ahead of the writer: parsing is CPU-bound, so a couple per core.</summary>
    private static readonly int ReadAhead = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>The files to import under the given paths (folders recursively, supported types only), and paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<ImportFailure> Missing) ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<ImportFailure>();
        foreach (var raw in paths)
        {
            var full = Path.GetFullPath(raw);
            if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                foreach (var file in Directory.EnumerateFiles(full, "*", options).Where(DocumentReader.IsSupported).Order(StringComparer.Ordinal))
                {
                    if (seen.Add(file))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(full))
            {
                if (seen.Add(full))
                {
                    files.Add(full);
                }
            }
            else
            {
                missing.Add(new ImportFailure(raw, "no such file or folder"));
            }
        }

        return (files, missing);
    }

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> files, IReadOnlyList<ImportFailure> earlierFailures, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var failures = new List<ImportFailure>(earlierFailures);
        var tally = new Tally();
        var batch = new List<ImportedDocument>();
        var batchDrafts = 0;
        var window = new Queue<Task<ImportedDocument>>();
        var next = 0;
        for (var done = 0; done < files.Count; done++)
        {
            while (next < files.Count && window.Count < ReadAhead)
            {
                var path = files[next++];
                window.Enqueue(Task.Run(() => reader.ReadAsync(path, ct), ct));
            }

            var document = await ReadNextAsync(window.Dequeue(), files[done]);
            if (document.Error is not null)
            {
                failures.Add(new ImportFailure(document.Path, document.Error));
                LogFileFailed(logger, document.Path, document.Error);
            }
            else
            {
                batch.Add(document);
                batchDrafts += document.Articles.Count;
            }

            if (batchDrafts >= BatchSize)
            {
                await FlushAsync(batch, tally, failures, ct);
                batch.Clear();
                batchDrafts = 0;
            }

            progress?.Report(new ImportProgress(done + 1, files.Count, document.Path));
        }

        await FlushAsync(batch, tally, failures, ct);
        LogImported(logger, files.Count, tally.Imported, tally.Unchanged, failures.Count);
        return new ImportSummary(tally.Imported, tally.Unchanged, failures, files.Count, tally.Quotes);
    }

    /// <summary>A reader bug on one odd file must not stop an import of thousands: it becomes that file's failure.</summary>
    private async Task<ImportedDocument> ReadNextAsync(Task<ImportedDocument> reading, string path)
    {
        try
        {
            return await reading;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReaderFailed(logger, e, path);
            return ImportedDocument.Fail(path, $"could not be read ({e.GetType().Name}: {e.Message})");
        }
    }

    private async Task FlushAsync(List<ImportedDocument> documents, Tally tally, List<ImportFailure> failures, CancellationToken ct)
    {
        if (documents.Count == 0)
        {
            return;
        }

        try
        {
            await StoreAsync(documents, tally, failures, ct);
        }
        catch (DbUpdateException e) when (documents.Count > 1)
        {
            // One document broke the batch's transaction: store them one by one to name it.
            LogBatchRetried(logger, documents.Count, e.InnerException?.Message ?? e.Message);
            foreach (var document in documents)
            {
                try
                {
                    await StoreAsync([document], tally, failures, ct);
                }
                catch (DbUpdateException single)
                {
                    failures.Add(new ImportFailure(document.Path, "the store refused it: " + (single.InnerException?.Message ?? single.Message)));
                }
            }
        }
    }

    private async Task StoreAsync(IReadOnlyList<ImportedDocument> documents, Tally tally, List<ImportFailure> failures, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
        var drafts = documents.SelectMany(d => d.Articles).ToList();
        var results = await ingestor.IngestAsync(drafts, ct);
        var counted = new Tally();
        for (var i = 0; i < results.Count; i++)
        {
            switch (results[i].Status)
            {
                case IngestStatus.Added or IngestStatus.Updated:
                    counted.Imported++;
                    break;
                case IngestStatus.Unchanged:
                    counted.Unchanged++;
                    break;
                default:
                    failures.Add(new ImportFailure(drafts[i].Origin?.Replace("file:", "", StringComparison.Ordinal) ?? "?", results[i].Reason ?? "rejected"));
                    break;
            }
        }

        var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
        counted.Quotes = await AddQuotesAsync(db, documents, ct);
        tally.Add(counted);
    }

    /// <summary>Stores curated quotes not stored before (same text and speaker), so re-imports add none.</summary>
    private async Task<int> AddQuotesAsync(NewsdeskDb db, IReadOnlyList<ImportedDocument> documents, CancellationToken ct)
    {
        var added = 0;
        foreach (var document in documents)
        {
            foreach (var quote in document.Quotes)
            {
                var hash = TextFingerprint.Of(quote.Text);
                var exists = await db.Quotes.AnyAsync(q => q.Kind == QuoteKind.Curated && q.TextHash == hash && q.Speaker == quote.Speaker, ct)
                    || db.Quotes.Local.Any(q => q.Kind == QuoteKind.Curated && q.TextHash == hash && q.Speaker == quote.Speaker);
                if (exists)
                {
                    continue;
                }

                db.Quotes.Add(new Quote
                {
                    Kind = QuoteKind.Curated,
                    Text = quote.Text,
                    Speaker = quote.Speaker,
                    SpeakerRole = quote.SpeakerRole,
                    TextHash = hash,
                    Origin = "file:" + document.Path + "#quotes",
                    CreatedAt = clock.GetUtcNow(),
                });
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private sealed class Tally
    {
        public int Imported { get; set; }

        public int Unchanged { get; set; }

        public int Quotes { get; set; }

        public void Add(Tally other)
        {
            Imported += other.Imported;
            Unchanged += other.Unchanged;
            Quotes += other.Quotes;
        }
    }

    // Debug, not Warning: every failure is in the returned summary, which each caller reports.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Cannot import {Path}: {Reason}")]
    private static partial void LogFileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {Path} failed unexpectedly")]
    private static partial void LogReaderFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {DocumentCount} documents failed to store ({Error}); retrying one by one")]
    private static partial void LogBatchRetried(ILogger logger, int documentCount, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {FileCount} files: {Imported} articles imported, {Unchanged} unchanged, {Failed} failed")]
    private static partial void LogImported(ILogger logger, int fileCount, int imported, int unchanged, int failed);
}

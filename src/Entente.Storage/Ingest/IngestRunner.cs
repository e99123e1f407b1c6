using System.Diagnostics;
using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage.Model;

namespace Entente.Storage.Ingest;

/// <summary>Codes articles on all cores and saves each one, in its own transaction, through a single writer.</summary>
/// <remarks>Articles already stored (same content hash) are skipped before coding, so a re-run after a crash
/// resumes where the last committed article left off and a re-ingest changes nothing.</remarks>
public sealed class IngestRunner(EntentePipeline pipeline, IArticleSink store, IReadOnlyDictionary<string, string>? listVersions = null)
{
    /// <summary>Articles coded in parallel.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Ingests every item; per-item errors are recorded and the run goes on.</summary>
    public IngestSummary Run(IEnumerable<IngestItem> items, IProgress<IngestSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var summary = new IngestSummary();
        var coded = items
            .AsParallel()
            .WithDegreeOfParallelism(Jobs)
            // Unbuffered: each article is saved as soon as it is coded, so progress is steady, memory stays flat and a
            // crash loses only what was still being coded.
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(Code);
        var batch = new List<StoredArticle>(BatchSize);
        var lastFlush = clock.Elapsed;
        // Index work is deferred to the run's end (see IArticleSink.BeginBulkLoad), and that end is part of the run's time.
        using var bulk = store.BeginBulkLoad();
        foreach (var outcome in coded)
        {
            switch (outcome)
            {
                case { Error: { } error }:
                    store.RecordError(error);
                    summary = summary with { Failed = summary.Failed + 1, LastError = error.ToString() };
                    break;
                case { Article: null }:
                    summary = summary with { Unchanged = summary.Unchanged + 1 };
                    break;
                case { Article: { } article }:
                    batch.Add(article);
                    break;
            }
            // Commit in small batches: one transaction per article costs a WAL write of every index page it touched.
            if (batch.Count >= BatchSize || (batch.Count > 0 && clock.Elapsed - lastFlush > FlushInterval))
            {
                summary = Flush(batch, summary);
                lastFlush = clock.Elapsed;
            }
            summary = summary with { Elapsed = clock.Elapsed };
            progress?.Report(summary);
        }
        summary = Flush(batch, summary);
        bulk.Dispose();
        return summary with { Elapsed = clock.Elapsed };
    }

    /// <summary>Articles committed together (each in its own savepoint).</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Longest time a coded article waits for its batch's commit.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    private IngestSummary Flush(List<StoredArticle> batch, IngestSummary summary)
    {
        if (batch.Count == 0)
        {
            return summary;
        }
        var outcomes = store.SaveMany(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            summary = outcomes[i] switch
            {
                { Result: SaveResult.Added } => summary with { Added = summary.Added + 1, Events = summary.Events + batch[i].Events.Count },
                { Result: SaveResult.Unchanged } => summary with { Unchanged = summary.Unchanged + 1 },
                { Error: { } e } => Failed(summary, new IngestError("E302", batch[i].Article.Source, $"could not be stored ({e.GetType().Name}: {e.Message})")),
                _ => summary,
            };
        }
        batch.Clear();
        return summary;
    }

    private IngestSummary Failed(IngestSummary summary, IngestError error)
    {
        store.RecordError(error);
        return summary with { Failed = summary.Failed + 1, LastError = error.ToString() };
    }

    private Outcome Code(IngestItem item)
    {
        if (item.Error is { } error)
        {
            return new Outcome(null, error);
        }
        var article = item.Article!;
        if (store.Contains(StoredArticle.HashOf(article)))
        {
            return new Outcome(null, null);
        }
        try
        {
            Document doc = pipeline.Process(article);
            return new Outcome(StoredArticle.From(doc, listVersions), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Outcome(null, new IngestError("E900", article.Source, $"internal error while coding ({e.GetType().Name}: {e.Message}); please report it"));
        }
    }

    private sealed record Outcome(StoredArticle? Article, IngestError? Error);
}

/// <summary>What an ingest did so far.</summary>
public sealed record IngestSummary
{
    /// <summary>New articles stored.</summary>
    public int Added { get; init; }

    /// <summary>Articles already stored, skipped.</summary>
    public int Unchanged { get; init; }

    /// <summary>Inputs that could not be read or coded (recorded in the store).</summary>
    public int Failed { get; init; }

    /// <summary>Dyadic events in the new articles (before de-duplication).</summary>
    public long Events { get; init; }

    /// <summary>The last error, for a progress line.</summary>
    public string? LastError { get; init; }

    /// <summary>Time so far.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Items handled.</summary>
    public int Total => Added + Unchanged + Failed;

    /// <summary>Items per second.</summary>
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Total / Elapsed.TotalSeconds : 0;
}

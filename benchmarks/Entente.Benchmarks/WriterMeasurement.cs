using System.Diagnostics;
using System.Globalization;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Model;

namespace Entente.Benchmarks;

/// <summary>The store's writer alone: articles are coded first (kept in memory), then saved in batches as the ingest
/// saves them, so the figure is the writer's cost without the coders competing for the cores.</summary>
public static class WriterMeasurement
{
    /// <summary>Codes <paramref name="articles"/> articles of the news corpus, saves them into a new store and prints
    /// articles per second of wall-clock and of process CPU time.</summary>
    public static void Run(int articles, string? address)
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"entente-corpus-{articles}.jsonl");
        if (!File.Exists(corpus))
        {
            NewsCorpus.Write(corpus, articles);
        }
        var pipeline = new PipelineBuilder().Build();
        var coded = new InputReader(new IngestOptions()).Read([corpus]).AsParallel().AsOrdered()
            .Select(i => StoredArticle.From(pipeline.Process(i.Article!))).ToList();
        address ??= Path.Combine(Path.GetTempPath(), $"entente-write-{Guid.NewGuid():N}.db");
        using var store = EventStore.Open(address, EntenteHome.Resolve(null));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var bulk = store.BeginBulkLoad();
        foreach (var batch in coded.Chunk(256))
        {
            store.SaveMany(batch);
        }
        var saved = clock.Elapsed;
        bulk.Dispose();
        var elapsed = clock.Elapsed;
        Console.WriteLine($"saves {saved.TotalSeconds:F1} s, finish {(elapsed - saved).TotalSeconds:F1} s");
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{store.Engine} {store.Location}: wrote {coded.Count:N0} articles in {elapsed.TotalSeconds:F1} s = {coded.Count / elapsed.TotalSeconds:F0} articles/s; "
            + $"CPU {used.TotalSeconds:F1} s = {used.TotalMilliseconds / coded.Count:F2} ms/article"));
    }
}

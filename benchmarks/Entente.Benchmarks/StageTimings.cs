using System.Diagnostics;
using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;

namespace Entente.Benchmarks;

/// <summary>A quick per-stage throughput read-out (<c>--stages</c>): where the time of one large article
/// and of a many-article corpus goes. Not a substitute for the BenchmarkDotNet figures.</summary>
public static class StageTimings
{
    /// <summary>Prints milliseconds per stage for 1 MB of text and for 10,000 sentences.</summary>
    public static void Run()
    {
        var pipeline = new PipelineBuilder().Build();
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var big = string.Join("\n\n", SyntheticCorpus.Articles(400, 25));
        while (big.Length < 1_000_000)
        {
            big += "\n\n" + big;
        }
        var megabyte = reader.Read("mb", "bench", big[..1_000_000], new DateOnly(2024, 3, 5));
        var corpus = SyntheticCorpus.Articles(500, 20).Select((t, i) => reader.Read("a" + i, "bench", t, new DateOnly(2024, 3, 5))).ToList();
        for (var round = 0; round < 3; round++)
        {
            Report("1 MB article", pipeline, [megabyte]);
            Report("10,000 sentences", pipeline, corpus);
        }
    }

    private static void Report(string label, EntentePipeline pipeline, IReadOnlyList<Article> articles)
    {
        var times = new double[pipeline.Stages.Count];
        var bytes = new long[pipeline.Stages.Count];
        foreach (var article in articles)
        {
            var doc = new Document(article);
            for (var s = 0; s < pipeline.Stages.Count; s++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                pipeline.Stages[s].Process(doc, CancellationToken.None);
                times[s] += watch.Elapsed.TotalMilliseconds;
                bytes[s] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }
        var megabytes = articles.Sum(a => (long)a.Text.Length) / 1e6;
        Console.WriteLine($"{label} ({megabytes:F2} MB): " + string.Join(", ", pipeline.Stages.Select((st, i) =>
            $"{st.Name} {times[i]:F0} ms ({megabytes / times[i] * 1000:F1} MB/s, {bytes[i] / 1e6:F0} MB allocated)")));
    }
}

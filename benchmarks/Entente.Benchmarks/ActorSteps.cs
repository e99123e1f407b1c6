using System.Diagnostics;
using Entente.Actors;
using Entente.Documents;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Text;

namespace Entente.Benchmarks;

/// <summary>A quick read-out (<c>--actor-steps</c>) of where actor recognition spends time and memory, step by
/// step, on 10,000 sentences: allocations are exact, times are only indicative (use BenchmarkDotNet for figures).</summary>
public static class ActorSteps
{
    private static readonly string[] Names = ["tokens", "sentence mentions", "lone names", "entities", "phrases"];

    /// <summary>Prints milliseconds and megabytes allocated per step for the last three of ten rounds: the first
    /// rounds run code the JIT has not yet optimised, and their times mislead.</summary>
    public static void Run()
    {
        var lexicon = new Entente.Pipeline.PipelineBuilder().Build().Lexicon;
        var stage = new ActorStage(lexicon);
        var text = new TextStage(lexicon.Matcher.Vocabulary);
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var corpus = SyntheticCorpus.Articles(500, 20).Select((t, i) => reader.Read("a" + i, "bench", t, new DateOnly(2024, 3, 5))).ToList();
        for (var round = 0; round < 10; round++)
        {
            var times = new double[Names.Length];
            var bytes = new long[Names.Length];
            foreach (var article in corpus)
            {
                var doc = new Document(article);
                var k = 0;
                foreach (var step in Steps(stage, text, doc))
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    step();
                    times[k] += watch.Elapsed.TotalMilliseconds;
                    bytes[k++] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
            if (round >= 7)
            {
                Console.WriteLine(string.Join(", ", Names.Select((n, i) => $"{n} {times[i]:F0} ms {bytes[i] / 1e6:F1} MB")));
            }
        }
    }

    /// <summary>The actor stage's steps in order, as separate actions on one document.</summary>
    private static IEnumerable<Action> Steps(ActorStage stage, TextStage text, Document doc)
    {
        var mentions = new List<Mention>();
        yield return () => text.Process(doc, CancellationToken.None);
        yield return () =>
        {
            foreach (var sentence in doc.Sentences)
            {
                mentions.AddRange(stage.SentenceMentions(doc, sentence));
            }
        };
        yield return () => mentions.AddRange(stage.LoneNames(doc, mentions));
        yield return () => ActorStage.Group(doc, mentions);
        yield return () => doc.Actors = stage.Phrases(doc, mentions);
    }
}

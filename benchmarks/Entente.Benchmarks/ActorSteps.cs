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
    private static readonly string[] Names = ["tokens", "dictionary", "unknown names", "aliases and surnames", "entities", "phrases"];

    /// <summary>Prints milliseconds and megabytes allocated per step, three rounds.</summary>
    public static void Run()
    {
        var lexicon = new ActorLexicon(KnowledgeLoader.Default().Build());
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var corpus = SyntheticCorpus.Articles(500, 20).Select((t, i) => reader.Read("a" + i, "bench", t, new DateOnly(2024, 3, 5))).ToList();
        var steps = new Steps(lexicon);
        for (var round = 0; round < 3; round++)
        {
            var times = new double[Names.Length];
            var bytes = new long[Names.Length];
            foreach (var article in corpus)
            {
                var doc = new Document(article);
                var k = 0;
                foreach (var step in steps.For(doc))
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    step();
                    times[k] += watch.Elapsed.TotalMilliseconds;
                    bytes[k++] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
            Console.WriteLine(string.Join(", ", Names.Select((n, i) => $"{n} {times[i]:F0} ms {bytes[i] / 1e6:F1} MB")));
        }
    }

    /// <summary>The actor stage's steps in order, as separate actions on one document.</summary>
    private sealed class Steps(ActorLexicon lexicon)
    {
        private readonly TextStage _text = new();
        private readonly UnknownNameFinder _unknown = new(lexicon.Words);
        private readonly AliasResolver _aliases = new(lexicon.Words);
        private readonly ActorPhraseBuilder _phrases = new(lexicon.Words);
        private readonly SurnameFinder _surnames = new(lexicon.Surnames, lexicon.Words);

        public IEnumerable<Action> For(Document doc)
        {
            var mentions = new List<Mention>();
            var perSentence = new List<List<Mention>>();
            yield return () => _text.Process(doc, CancellationToken.None);
            yield return () =>
            {
                foreach (var sentence in doc.Sentences)
                {
                    perSentence.Add(ActorStage.DictionaryMentions(lexicon, doc, sentence));
                }
            };
            yield return () =>
            {
                foreach (var sentence in doc.Sentences)
                {
                    var found = perSentence[sentence.Index];
                    if (sentence.Kind == SentenceKind.Body)
                    {
                        ActorStage.AddUnknownNames(_unknown, doc, sentence, found);
                    }
                    mentions.AddRange(found);
                }
            };
            yield return () =>
            {
                var owners = _aliases.Owners(doc.Tokens, mentions);
                mentions.AddRange(_aliases.Resolve(doc.Text, doc.Tokens, doc.Sentences, mentions, owners));
                var shared = owners.Where(o => o.Value is null).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
                mentions.AddRange(_surnames.Find(doc.Text, doc.Tokens, doc.Sentences, mentions, shared));
            };
            yield return () =>
            {
                mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                doc.Mentions = mentions;
                doc.Entities = EntityBuilder.Build(mentions, doc.Article.Published);
            };
            yield return () => doc.Actors = _phrases.Build(doc, mentions);
        }
    }
}

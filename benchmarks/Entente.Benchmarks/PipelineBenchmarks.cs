using BenchmarkDotNet.Attributes;
using Entente.Actors;
using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;

namespace Entente.Benchmarks;

/// <summary>The whole coding pipeline, and actor recognition alone, on one core.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private EntentePipeline _pipeline = null!;
    private List<Article> _corpus = null!;
    private Article _megabyte = null!;
    private List<Article> _articles = null!;
    private ActorLexicon _lexicon = null!;

    /// <summary>Sentences in the corpus (for sentences/s).</summary>
    public const int Sentences = 10_000;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new PipelineBuilder().Build();
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        _corpus = [.. SyntheticCorpus.Articles(Sentences / 20, 20).Select((t, i) => reader.Read("a" + i, "bench", t, new DateOnly(2024, 3, 5)))];
        var big = string.Join("\n\n", SyntheticCorpus.Articles(400, 25));
        while (big.Length < 1_000_000)
        {
            big += "\n\n" + big;
        }
        _megabyte = reader.Read("mb", "bench", big[..1_000_000], new DateOnly(2024, 3, 5));
        _articles = [];
        for (var (i, size) = (0, 0); size < 1_000_000; i++)
        {
            var text = SyntheticCorpus.Article(20, i);
            _articles.Add(reader.Read("m" + i, "bench", text, new DateOnly(2024, 3, 5)));
            size += text.Length;
        }
        _lexicon = _pipeline.Lexicon;
    }

    /// <summary>Codes 10,000 sentences (500 articles) end to end.</summary>
    [Benchmark]
    public int CodeTenThousandSentences()
    {
        var events = 0;
        foreach (var article in _corpus)
        {
            events += _pipeline.Process(article).Events.Count;
        }
        return events;
    }

    /// <summary>Tokenizes, splits and recognises actors in 1 MB of news, article by article (about 700 articles of 20 sentences).</summary>
    [Benchmark]
    public int RecogniseActorsInOneMegabyteOfArticles()
    {
        var mentions = 0;
        foreach (var article in _articles)
        {
            var doc = new Document(article);
            _pipeline.Stages[0].Process(doc, CancellationToken.None);
            _pipeline.Stages[1].Process(doc, CancellationToken.None);
            mentions += doc.Mentions.Count;
        }
        return mentions;
    }

    /// <summary>The dictionary look-up alone: tokenizes, splits and finds every knowledge-base phrase in 1 MB of news.</summary>
    [Benchmark]
    public int LookUpActorsInOneMegabyteOfArticles()
    {
        var mentions = 0;
        foreach (var article in _articles)
        {
            var doc = new Document(article);
            _pipeline.Stages[0].Process(doc, CancellationToken.None);
            foreach (var sentence in doc.Sentences)
            {
                mentions += ActorStage.DictionaryMentions(_lexicon, doc, sentence).Count;
            }
        }
        return mentions;
    }

    /// <summary>Tokenizes, splits and recognises actors in 1 MB of news text as a single document.</summary>
    [Benchmark]
    public int RecogniseActorsInOneMegabyte()
    {
        var doc = new Document(_megabyte);
        _pipeline.Stages[0].Process(doc, CancellationToken.None);
        _pipeline.Stages[1].Process(doc, CancellationToken.None);
        return doc.Mentions.Count;
    }
}

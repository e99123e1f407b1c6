using System.Diagnostics;
using System.Globalization;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Ingest;
using Entente.Storage.Query;

namespace Entente.Benchmarks;

/// <summary>Store throughput and latency, measured end to end (not BenchmarkDotNet: these runs take minutes).</summary>
public static class StoreMeasurement
{
    /// <summary>Generates <paramref name="articles"/> articles, ingests them into a store and prints articles per second.</summary>
    public static void Ingest(int articles, string? address, int? jobs)
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"entente-corpus-{articles}.jsonl");
        if (!File.Exists(corpus))
        {
            Console.WriteLine($"generating {articles:N0} articles into {corpus}");
            NewsCorpus.Write(corpus, articles);
        }
        address ??= Path.Combine(Path.GetTempPath(), $"entente-bench-{Guid.NewGuid():N}.db");
        using var store = EventStore.Open(address, EntenteHome.Resolve(null));
        var pipeline = new PipelineBuilder().Build();
        var reader = new InputReader(new IngestOptions());
        // First the coding alone (into a sink that keeps nothing), so the store's share of the time shows.
        var coding = Stopwatch.StartNew();
        var coded = new IngestRunner(pipeline, new NullSink()) { Jobs = jobs ?? Environment.ProcessorCount }.Run(reader.Read([corpus]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coding only: {coded.Added:N0} articles in {coding.Elapsed.TotalSeconds:F1} s = {coded.Added / coding.Elapsed.TotalSeconds:F0} articles/s"));
        var runner = new IngestRunner(pipeline, store) { Jobs = jobs ?? Environment.ProcessorCount };
        var clock = Stopwatch.StartNew();
        // A line every 10% of the run: a writer that slows as the store grows shows here.
        var step = Math.Max(1, articles / 10);
        var summary = runner.Run(reader.Read([corpus]), new Milestones(step));
        var elapsed = clock.Elapsed;
        var totals = store.Totals();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{store.Engine} {store.Location}: {summary.Added:N0} articles in {elapsed.TotalSeconds:F1} s = {summary.Added / elapsed.TotalSeconds:F0} articles/s "
            + $"({jobs ?? Environment.ProcessorCount} coding threads); {summary.Events:N0} dyadic reports → {totals.Events:N0} events, {totals.Mentions:N0} mentions; "
            + $"failed {summary.Failed}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }

    /// <summary>Times each filter of <c>entente events</c> (one page of 100, newest first) and prints p50/p95.</summary>
    public static void Query(string? address, int rounds)
    {
        using var store = EventStore.Open(address, EntenteHome.Resolve(null));
        var totals = store.Totals();
        Console.WriteLine($"{store.Engine} {store.Location}: {totals.Events:N0} events, {totals.Mentions:N0} mentions, {totals.Actors:N0} actors");
        string[] countries = ["FRA", "DEU", "JPN", "BRA", "IND", "NGA", "EGY", "TUR", "MEX", "IDN", "POL", "KEN", "CHL", "VNM", "CAN", "NOR", "IRN", "PAK", "ARG", "KOR"];
        string[] codes = ["057", "040", "112", "020", "163", "073", "138", "125", "042", "195"];
        string[] plover = ["AGREE", "CONSULT", "ACCUSE", "REQUEST", "SANCTION", "AID", "THREATEN", "REJECT", "ASSAULT"];
        string[] words = ["ceasefire", "journalists", "floods", "diplomats", "proposal", "border", "missiles", "humanitarian"];
        string[] actors = ["FRAGOV", "JPNMIL", "BRA", "KEN", "POLGOV", "IRNMIL", "CANBUS", "RUSGOV", "Japan", "officials"];
        var random = new Random(11);
        DateOnly Day() => new DateOnly(2015, 1, 1).AddDays(random.Next(3300));
        var filters = new (string Name, Func<EventQuery> Make)[]
        {
            ("all, newest first", () => new EventQuery()),
            ("actor", () => new EventQuery { Actor = actors[random.Next(actors.Length)] }),
            ("country", () => new EventQuery { Country = countries[random.Next(countries.Length)] }),
            ("pair", () => new EventQuery { Pair = (countries[random.Next(20)], countries[random.Next(20)]) }),
            ("cameo code", () => new EventQuery { Cameo = codes[random.Next(codes.Length)] }),
            ("cameo root", () => new EventQuery { Cameo = codes[random.Next(codes.Length)][..2] }),
            ("plover type", () => new EventQuery { Plover = plover[random.Next(plover.Length)] }),
            ("quad class", () => new EventQuery { Quad = 1 + random.Next(4) }),
            ("date range (30 days)", () => { var d = Day(); return new EventQuery { From = d, To = d.AddDays(30) }; }),
            ("sanctioned only", () => new EventQuery { SanctionedOnly = true }),
            ("text", () => new EventQuery { Text = words[random.Next(words.Length)] }),
            ("country + quad + year", () => { var d = Day(); return new EventQuery { Country = countries[random.Next(20)], Quad = 1 + random.Next(4), From = d, To = d.AddDays(365) }; }),
        };
        Console.WriteLine($"{"filter",-24} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"rows",6}");
        foreach (var (name, make) in filters)
        {
            store.Events(make());
            var times = new List<double>();
            var rows = 0;
            for (var i = 0; i < rounds; i++)
            {
                var query = make();
                var clock = Stopwatch.StartNew();
                rows = store.Events(query).Count;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {times[times.Count / 2],8:F2} {times[(int)(times.Count * 0.95)],8:F2} {times[^1],8:F2} {rows,6}"));
        }
    }

    private sealed class Milestones(int every) : IProgress<IngestSummary>
    {
        private int _passed;

        public void Report(IngestSummary value)
        {
            if (value.Total >= (_passed + 1) * every)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Total:N0} articles at {value.Elapsed.TotalSeconds:F1} s"));
                _passed++;
            }
        }
    }

    private sealed class NullSink : IArticleSink
    {
        public SaveResult Save(Entente.Storage.Model.StoredArticle article) => SaveResult.Added;

        public IReadOnlyList<SaveOutcome> SaveMany(IReadOnlyList<Entente.Storage.Model.StoredArticle> articles) =>
            [.. articles.Select(_ => new SaveOutcome(SaveResult.Added, null))];

        public bool Contains(string contentHash) => false;

        public void RecordError(IngestError error)
        {
        }
    }
}

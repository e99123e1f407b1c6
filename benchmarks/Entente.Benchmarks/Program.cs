using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --load    (one-off load time and memory of OFAC + UN)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --stages  (milliseconds, MB/s and allocations per pipeline stage)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --actor-steps  (time and allocations per step of actor recognition)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --corpus 100000 FILE.jsonl   (generate a news dump)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --ingest 100000 [--db ADDRESS] [--jobs N]  (articles/s)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --write 20000 [--db ADDRESS]  (the store's writer alone: articles/s, CPU ms/article)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --fill 1000000 --db ADDRESS  (synthetic events through the real save path)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --query [--db ADDRESS] [--rounds 200]  (p50/p95 per filter)
if (args is ["--actor-steps"])
{
    Entente.Benchmarks.ActorSteps.Run();
    return;
}
if (args is ["--stages"])
{
    Entente.Benchmarks.StageTimings.Run();
    return;
}
if (args is ["--load"])
{
    Entente.Benchmarks.LoadMeasurement.Run();
    return;
}
if (args is ["--corpus", var count, var file])
{
    Entente.Benchmarks.NewsCorpus.Write(file, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["--ingest", var articles, .. var ingestOptions])
{
    Entente.Benchmarks.StoreMeasurement.Ingest(int.Parse(articles, System.Globalization.CultureInfo.InvariantCulture),
        Option(ingestOptions, "--db"), Option(ingestOptions, "--jobs") is { } jobs ? int.Parse(jobs, System.Globalization.CultureInfo.InvariantCulture) : null);
    return;
}
if (args is ["--write", var written, .. var writeOptions])
{
    Entente.Benchmarks.WriterMeasurement.Run(int.Parse(written, System.Globalization.CultureInfo.InvariantCulture), Option(writeOptions, "--db"));
    return;
}
if (args is ["--fill", var events, .. var fillOptions])
{
    Entente.Benchmarks.SyntheticEvents.Fill(Option(fillOptions, "--db"), int.Parse(events, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["--query", .. var queryOptions])
{
    Entente.Benchmarks.StoreMeasurement.Query(Option(queryOptions, "--db"),
        Option(queryOptions, "--rounds") is { } rounds ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Entente.Benchmarks.PipelineBenchmarks).Assembly).Run(args);

static string? Option(string[] options, string name)
{
    var i = Array.IndexOf(options, name);
    return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
}

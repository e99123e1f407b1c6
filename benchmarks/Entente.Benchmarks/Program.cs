using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --load    (one-off load time and memory of OFAC + UN)
// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --stages  (milliseconds per pipeline stage)
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
BenchmarkSwitcher.FromAssembly(typeof(Entente.Benchmarks.PipelineBenchmarks).Assembly).Run(args);

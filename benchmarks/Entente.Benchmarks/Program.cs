using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Entente.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Entente.Benchmarks.PipelineBenchmarks).Assembly).Run(args);

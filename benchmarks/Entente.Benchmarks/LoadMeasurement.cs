using System.Diagnostics;
using System.Globalization;

namespace Entente.Benchmarks;

/// <summary>A one-off measurement (not BenchmarkDotNet): time to load and index OFAC + UN, and the process's working set after.</summary>
public static class LoadMeasurement
{
    /// <summary>Loads once cold, then times a second load, and prints both with memory figures.</summary>
    public static void Run()
    {
        long before = Environment.WorkingSet;
        var watch = Stopwatch.StartNew();
        var screener = SanctionsData.Screener();
        var cold = watch.Elapsed;
        GC.Collect();
        long workingSet = Environment.WorkingSet, heap = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        var again = SanctionsData.Screener();
        var warm = watch.Elapsed;
        // Warm up first: the per-name figures should reflect optimised (tier-1) code, not the JIT.
        for (int round = 0; round < 300; round++)
            foreach (var q in ScreeningBenchmarks.Queries) again.Screen(q);
        watch.Restart();
        int hits = 0;
        for (int round = 0; round < 200; round++)
            foreach (var q in ScreeningBenchmarks.Queries) hits += again.Screen(q).Count;
        var screening = watch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entries {screener.EntryCount:N0}, names {screener.NameCount:N0}; load cold {cold.TotalSeconds:F2} s, warm {warm.TotalSeconds:F2} s; "
            + $"working set {before / 1048576.0:F0} → {workingSet / 1048576.0:F0} MB, managed heap {heap / 1048576.0:F0} MB; "
            + $"{screening.TotalMicroseconds / (200.0 * ScreeningBenchmarks.Queries.Length):F1} µs/name (rough, {hits} hits)"));
        foreach (var q in ScreeningBenchmarks.Queries)
        {
            watch.Restart();
            for (int round = 0; round < 400; round++) again.Screen(q);
            double total = watch.Elapsed.TotalMicroseconds / 400;
            watch.Restart();
            for (int round = 0; round < 400; round++) Entente.Sanctions.NameNormalizer.Normalize(q.Name);
            double normalize = watch.Elapsed.TotalMicroseconds / 400;
            watch.Restart();
            int candidates = 0;
            for (int round = 0; round < 400; round++) candidates = again.CandidateCount(q);
            double candidateTime = watch.Elapsed.TotalMicroseconds / 400 - normalize;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {total,8:F1} µs (normalise {normalize,6:F1}, candidates {candidateTime,6:F1} for {candidates,3}, compare+assess {total - normalize - candidateTime,6:F1})  {q.Name} ({q.Kind})"));
        }
        GC.KeepAlive(screener);
    }
}

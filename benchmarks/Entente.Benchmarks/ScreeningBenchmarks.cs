using BenchmarkDotNet.Attributes;
using Entente.Sanctions;

namespace Entente.Benchmarks;

/// <summary>Screening one name against OFAC + UN loaded together (about 35,000 names and aliases); the
/// reported time is per name (OperationsPerInvoke).</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    /// <summary>Listed names in list and news spellings, namesakes, common and unlisted names; PERSON and unknown kinds.</summary>
    public static readonly ScreeningQuery[] Queries =
    [
        new("Choe Ryong Hae", "PERSON", "PRK"),
        new("Diosdado Cabello", "PERSON", "VEN", 1963),
        new("Nicolás Maduro Moros", "PERSON"),
        new("Kim Jong Un", "PERSON"),
        new("Ayman al-Zawahiri", "PERSON"),
        new("Mohammed Ali", "PERSON"),
        new("Ali Hassan", "unknown"),
        new("Hamza bin Laden", "unknown"),
        new("최룡해", "PERSON"),
        new("Владимир Путин", "PERSON", "RUS"),
        new("Korea Mining Development Trading Corporation", "unknown"),
        new("Islamic Revolutionary Guard Corps", "unknown"),
        new("Banco Central de Venezuela", "unknown"),
        new("Rosneft Trading S.A.", "unknown"),
        new("John Smith", "PERSON", "USA", 1970),
        new("Maria Garcia Lopez", "PERSON", "ESP"),
        new("Olaf Scholz", "PERSON", "DEU", 1958),
        new("Emmanuel Macron", "PERSON"),
        new("Acme Widget Holdings Ltd", "unknown"),
        new("Patricia Lucas Wheeler", "PERSON"),
        new("Abdul Rahman Yasin", "unknown"),
        new("Wang Wei", "PERSON", "CHN"),
        new("Sergei Ivanovich Petrov", "PERSON"),
        new("Pak Mun Il", "PERSON"),
    ];

    private Screener _screener = null!;

    [GlobalSetup]
    public void Setup() => _screener = SanctionsData.Screener();

    /// <summary>Screens every query once; time and allocations are per name.</summary>
    [Benchmark(OperationsPerInvoke = 24)]
    public int ScreenName()
    {
        int hits = 0;
        foreach (var query in Queries) hits += _screener.Screen(query).Count;
        return hits;
    }
}

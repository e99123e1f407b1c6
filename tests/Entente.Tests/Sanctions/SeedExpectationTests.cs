using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

/// <summary>
/// The seed expectations on the real lists in <c>../shared/data/sanctions</c> (OFAC sdn.csv of
/// 2024-05-03 with alt/add of 2025-01-06; UN list of 2026-02-27). Skipped when the data is absent.
/// </summary>
public sealed class SeedExpectationTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Venezuela"] = "VEN",
        ["North Korea"] = "PRK",
        ["Cuba"] = "CUB",
        ["China"] = "CHN",
        ["Russia"] = "RUS",
        ["Iran"] = "IRN",
        ["Syria"] = "SYR",
        ["Mexico"] = "MEX",
        ["Colombia"] = "COL",
        ["Spain"] = "ESP",
    };

    private static readonly Lazy<(IReadOnlyList<SanctionsList> Lists, Screener Screener)> Data = new(() =>
    {
        var lists = SanctionsListLoader.Load(
        [
            SharedData.Path("ofac", "sdn_2024-05-03", "sdn.csv"),
            SharedData.Path("ofac", "alt_add_2025-01-06", "alt.csv"),
            SharedData.Path("ofac", "alt_add_2025-01-06", "add.csv"),
            SharedData.Path("un", "2026-02-27", "UN_consolidated.xml"),
        ], n => Countries.GetValueOrDefault(n));
        return (lists, new Screener(lists));
    });

    private static IReadOnlyList<ScreeningHit> Screen(ScreeningQuery q) => Data.Value.Screener.Screen(q);

    [SharedDataFact]
    public void ListsLoadWithOrphansCounted()
    {
        var (lists, _) = Data.Value;
        var ofac = lists.Single(l => l.Name == "OFAC SDN");
        Assert.Equal(14965, ofac.Entries.Count);
        // 945 alt.csv and 2,111 add.csv rows belong to parties designated after the sdn.csv date.
        Assert.InRange(ofac.SkippedRows, 2000, 4000);
        var un = lists.Single(l => l.Name == "UN SC");
        Assert.Equal(1003, un.Entries.Count);
        Assert.Equal(new DateOnly(2026, 2, 27), un.Date);
        var cabello = ofac.Entries.Single(e => e.EntryId == "24424");
        Assert.Equal(["VENEZUELA"], cabello.Programs);
        Assert.Contains(1963, cabello.BirthYears);
        Assert.Contains("VEN", cabello.Countries);
    }

    [SharedDataFact]
    public void ConsistentOfacSetHasNoOrphanAliases()
    {
        var list = Assert.Single(SanctionsListLoader.Load(
            [SharedData.Path("ofac", "full_2021-07-07", "sdn.csv"), SharedData.Path("ofac", "full_2021-07-07", "alt.csv")], _ => null));
        Assert.Equal(0, list.SkippedRows);
    }

    [SharedDataFact]
    public void DiosdadoCabelloMatches() => AssertMatch(new("Diosdado Cabello", "PERSON", "VEN", 1963, null, null), "24424");

    [SharedDataFact]
    public void ChoeRyongHaeMatches() => AssertMatch(new("Choe Ryong-hae", "PERSON", "PRK", 1950, null, null), "23213");

    [SharedDataFact]
    public void KimJongUnMatches() => AssertMatch(new("Kim Jong-un", "PERSON", "PRK", 1984, null, null), "20157");

    [SharedDataFact]
    public void NicolasMaduroMatches() => AssertMatch(new("Nicolas Maduro", "PERSON", "VEN", 1962, null, null), "22790");

    [SharedDataFact]
    public void RiSuYongOfTheWorkersPartyIsNotTheRyonbongOfficial()
    {
        var hits = Screen(new("Ri Su-yong", "PERSON", "PRK", 1940,
            "vice chairman of the Central Committee of the Workers' Party of Korea", null));
        var hit = Assert.Single(hits, h => h.Entry.EntryId == "21735");
        Assert.Equal(ScreeningHit.Possible, hit.Status);
        Assert.Contains("birth year: 1940 ≠ 1968 (different person?)", hit.Reasons);
        Assert.DoesNotContain(hits, h => h.Status == ScreeningHit.Match);
    }

    [SharedDataFact]
    public void AlinaMontesinoLiIsNotListed() =>
        Assert.DoesNotContain(Screen(new("Alina Montesino Li", "PERSON", "CUB", null, null, null)), h => h.Status == ScreeningHit.Match);

    [SharedDataFact]
    public void MaoZedongIsNotListed() =>
        Assert.DoesNotContain(Screen(new("Mao Zedong", "PERSON", "CHN", null, null, null)), h => h.Status == ScreeningHit.Match);

    [SharedDataFact]
    public void HangulNameFindsChoeRyongHae() =>
        Assert.Contains(Screen(new("최룡해", "unknown", null, null, null, null)), h => h.Entry.EntryId == "23213");

    [SharedDataFact]
    public void OneWordNameNeverHits()
    {
        Assert.Empty(Screen(new("Kim", "PERSON", "PRK", null, null, null)));
        Assert.Empty(Screen(new("Li", "PERSON", null, null, null, null)));
    }

    private static void AssertMatch(ScreeningQuery query, string entryId)
    {
        var hits = Screen(query);
        Assert.NotEmpty(hits);
        Assert.Equal(entryId, hits[0].Entry.EntryId);
        Assert.Equal(ScreeningHit.Match, hits[0].Status);
        Assert.InRange(hits[0].Score, 0.85, 1.0);
    }
}

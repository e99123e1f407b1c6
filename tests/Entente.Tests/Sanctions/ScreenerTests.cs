using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

/// <summary>How context (kind, birth year, country, role) turns a name match into "match" or "possible".</summary>
public sealed class ScreenerTests
{
    private static SanctionsEntry Person(string id, string name, int? year, string? country, string? title = null,
        IReadOnlyList<string>? aliases = null, IReadOnlyList<string>? weak = null, string list = "OFAC SDN") =>
        new(list, id, name, aliases ?? [], "individual", ["TEST"], year is int y ? [y] : [], country is null ? [] : [country],
            title, title, "Male")
        { WeakAliases = weak ?? [] };

    private static SanctionsEntry Thing(string id, string name, string kind) =>
        new("OFAC SDN", id, name, [], kind, ["TEST"], [], ["PAN"], null, null, null);

    private static readonly Screener Screener = new([
        new SanctionsList("OFAC SDN", "test", null, "0", [
            Person("1", "KESTREL-VANE, Marisol Adelina", 1963, "VEN", "Minister of Imaginary Affairs"),
            Person("2", "PAK, Chol Min", 1968, "PRK", "Korea Tideway Trading Corporation Official"),
            Person("3", "ORUN, Talvek", 1971, "IRN", weak: ["Abu Talv Orun"]),
            Thing("4", "ZORVANIA TRADING CO., LTD.", "entity"),
            Thing("5", "PALE HERON", "vessel"),
        ]),
        new SanctionsList("UN SC", "test", null, "0", [
            Person("KPi.9", "PAK CHOL MIN", 1940, "PRK", list: "UN SC"),
        ]),
    ]);

    [Fact]
    public void DistinctiveNameMatchesWithoutContext()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "PERSON", null, null, null, null)));
        Assert.Equal(("1", ScreeningHit.Match), (hit.Entry.EntryId, hit.Status));
        Assert.StartsWith("name: all query tokens match (KESTREL-VANE, Marisol Adelina", hit.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void BirthYearMoreThanOneOffContradicts()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "PERSON", BirthYear: 1940)));
        Assert.Equal(ScreeningHit.Possible, hit.Status);
        Assert.Contains("birth year: 1940 ≠ 1963 (different person?)", hit.Reasons);
        var close = Assert.Single(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "PERSON", BirthYear: 1964)));
        Assert.Equal(ScreeningHit.Match, close.Status);
        Assert.Contains("birth year: 1964 ≈ 1963", close.Reasons);
    }

    [Fact]
    public void OtherCountryContradicts()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "PERSON", "CUB")));
        Assert.Equal(ScreeningHit.Possible, hit.Status);
        Assert.Contains("country: CUB ≠ VEN (different person?)", hit.Reasons);
    }

    [Fact]
    public void OtherGenderContradicts()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "PERSON", Gender: "Female")));
        Assert.Equal(ScreeningHit.Possible, hit.Status);
    }

    [Fact]
    public void PersonsAndOrganisationsNeverMeet()
    {
        Assert.Empty(Screener.Screen(new ScreeningQuery("Zorvania Trading", "PERSON")));
        Assert.Equal("4", Assert.Single(Screener.Screen(new ScreeningQuery("Zorvania Trading Co", "ORG"))).Entry.EntryId);
        Assert.Empty(Screener.Screen(new ScreeningQuery("Pale Heron", "PERSON")));
        Assert.Empty(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "ORG")));
        Assert.Single(Screener.Screen(new ScreeningQuery("Marisol Kestrel-Vane", "unknown")));
    }

    [Fact]
    public void NonIsoCountryCodesAreIgnored()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Zorvania Trading Co", "ORG", "IGOUNO")));
        Assert.DoesNotContain(hit.Reasons, r => r.StartsWith("country:", StringComparison.Ordinal));
        var other = Assert.Single(Screener.Screen(new ScreeningQuery("Zorvania Trading Co", "ORG", "CUB")));
        Assert.Contains("country: CUB ≠ PAN (different party?)", other.Reasons);
    }

    [Theory]
    [InlineData("Pak")]
    [InlineData("Kestrel-Vane")]
    [InlineData("Marisol")]
    public void OneWordNamesGiveNoHit(string name) => Assert.Empty(Screener.Screen(new ScreeningQuery(name)));

    [Fact]
    public void CommonNameNeedsSupport()
    {
        var bare = Screener.Screen(new ScreeningQuery("Pak Chol-min", "PERSON"));
        Assert.Equal(2, bare.Count);
        Assert.All(bare, h => Assert.Equal(ScreeningHit.Possible, h.Status));
        Assert.Contains(bare[0].Reasons, r => r.StartsWith("name: short or common", StringComparison.Ordinal));

        var withYear = Screener.Screen(new ScreeningQuery("Pak Chol-min", "PERSON", "PRK", 1968));
        Assert.Equal(("2", ScreeningHit.Match), (withYear[0].Entry.EntryId, withYear[0].Status));
        Assert.Equal(("KPi.9", ScreeningHit.Possible), (withYear[1].Entry.EntryId, withYear[1].Status));
    }

    [Fact]
    public void RoleOverlapSupports()
    {
        var hits = Screener.Screen(new ScreeningQuery("Pak Chol Min", "PERSON", Role: "an official of the Korea Tideway Trading Corporation"));
        var hit = hits.Single(h => h.Entry.EntryId == "2");
        Assert.Equal(ScreeningHit.Match, hit.Status);
        Assert.Contains("role: 'Korea Tideway Trading Corporation' appears in the entry", hit.Reasons);
        // A generic phrase ("Korea") is no support.
        var generic = Screener.Screen(new ScreeningQuery("Pak Chol Min", "PERSON", Role: "a senior official in North Korea"));
        Assert.All(generic, h => Assert.Equal(ScreeningHit.Possible, h.Status));
    }

    [Fact]
    public void LowQualityAliasStaysPossible()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Abu Talv Orun", "PERSON", "IRN", 1971)));
        Assert.Equal(ScreeningHit.Possible, hit.Status);
        Assert.Contains("name: matched a low-quality alias", hit.Reasons);
        Assert.Equal(ScreeningHit.Match, Assert.Single(Screener.Screen(new ScreeningQuery("Talvek Orun", "PERSON", "IRN", 1971))).Status);
    }

    [Fact]
    public void ScriptVariantsFindTheEntry()
    {
        var hit = Assert.Single(Screener.Screen(new ScreeningQuery("Марисол Кестрел-Ване", "PERSON", "VEN")));
        Assert.Equal(("1", ScreeningHit.Match), (hit.Entry.EntryId, hit.Status));
    }

    [Fact]
    public void MaxLimitsAndOrdersHits()
    {
        var hits = Screener.Screen(new ScreeningQuery("Pak Chol Min", "PERSON", "PRK", 1940));
        Assert.Equal("KPi.9", hits[0].Entry.EntryId);
        Assert.Single(Screener.Screen(new ScreeningQuery("Pak Chol Min", "PERSON"), max: 1));
        Assert.Empty(Screener.Screen(new ScreeningQuery("Pak Chol Min", "PERSON"), max: 0));
        Assert.All(hits, h => Assert.InRange(h.Score, 0.0, 1.0));
    }
}

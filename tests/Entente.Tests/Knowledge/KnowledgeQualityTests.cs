using Entente.Knowledge;
using Entente.Tests.Support;
using Entente.Text;

namespace Entente.Tests.Knowledge;

/// <summary>The built-in knowledge must be internally consistent: these tests guard the data files.</summary>
[Trait("Issue", "3")]
public class KnowledgeQualityTests
{
    private static KnowledgeBase Kb => Some.Pipeline.Knowledge;

    [Fact]
    public void EveryIsoCountryIsPresentOnce()
    {
        var codes = Kb.Countries.Select(c => c.Iso3).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.True(codes.Count(c => c.Length == 3 && !c.StartsWith('X')) >= 249, $"only {codes.Count} countries");
        Assert.Equal(193, Kb.Countries.Count(c => c.Kind == "member"));
        foreach (var iso in new[] { "VEN", "PRK", "KOR", "CUB", "TWN", "PSE", "VAT", "ESH", "XKX", "GRL", "HKG" })
        {
            Assert.True(Kb.CountryByCode.ContainsKey(iso), iso);
        }
    }

    [Fact]
    public void NoNameMeansTwoDifferentStates()
    {
        var owners = new Dictionary<string, string>();
        foreach (var c in Kb.Countries)
        {
            foreach (var name in c.Aliases.Prepend(c.Name).Concat(c.Adjectives).Concat(c.Seats).Append(c.Capital ?? ""))
            {
                var key = TextFolding.FoldName(name);
                if (key.Length == 0)
                {
                    continue;
                }
                Assert.True(!owners.TryGetValue(key, out var other) || other == c.Iso3, $"'{name}' names both {other} and {c.Iso3}");
                owners[key] = c.Iso3;
            }
        }
    }

    [Fact]
    public void NoAliasMeansTwoOrganisationsOrTwoPeople()
    {
        AssertUnique(Kb.Organisations.SelectMany(o => o.Aliases.Prepend(o.Name).Select(n => (n, o.Id))));
        AssertUnique(Kb.People.SelectMany(p => p.Aliases.Prepend(p.Name).Concat(p.Short).Select(n => (n, p.Id))));
    }

    private static void AssertUnique(IEnumerable<(string Name, string Owner)> names)
    {
        var owners = new Dictionary<string, string>();
        foreach (var (name, owner) in names)
        {
            var key = TextFolding.FoldName(name);
            Assert.True(!owners.TryGetValue(key, out var other) || other == owner, $"'{name}' names both {other} and {owner}");
            owners[key] = owner;
        }
    }

    [Fact]
    public void TenuresOfOneOfficeNeverOverlap()
    {
        foreach (var office in Kb.People.SelectMany(p => p.Offices).GroupBy(o => o.OfficeId))
        {
            var tenures = office.OrderBy(o => o.Start).ToList();
            for (var i = 1; i < tenures.Count; i++)
            {
                var previousEnd = tenures[i - 1].End ?? DateOnly.MaxValue;
                Assert.True(previousEnd <= tenures[i].Start,
                    $"{office.Key}: {tenures[i - 1].PersonId} ({tenures[i - 1].Origin}) overlaps {tenures[i].PersonId} ({tenures[i].Origin})");
            }
        }
    }

    [Fact]
    public void EveryOfficeHasAStartAndEndsAfterItStarts()
    {
        foreach (var office in Kb.People.SelectMany(p => p.Offices))
        {
            Assert.True(office.Start > DateOnly.MinValue, $"{office.Origin}: no start date");
            Assert.True(office.End is null || office.End >= office.Start, $"{office.Origin}: ends before it starts");
        }
    }

    [Fact]
    public void EveryPersonHasANationalityAndEveryOfficeAKnownPerson()
    {
        var ids = Kb.People.Select(p => p.Id).ToHashSet();
        Assert.All(Kb.People, p => Assert.True(p.Country is null || Kb.CountryByCode.ContainsKey(p.Country), p.Origin));
        Assert.All(Kb.People, p => Assert.NotNull(p.Country));
        Assert.Equal(ids.Count, Kb.People.Count);
    }

    [Fact]
    public void TheSeedArticlesPeopleAreKnownWithTheirOffices()
    {
        var date = new DateOnly(2019, 9, 25);
        var maduro = Kb.People.Single(p => p.Name.Contains("Maduro", StringComparison.Ordinal));
        Assert.Equal("GOV", maduro.OfficeOn(date)?.Sector);
        var choe = Kb.People.Single(p => p.Name == "Choe Ryong-hae");
        Assert.NotNull(choe.OfficeOn(date));
        Assert.Contains(Kb.People, p => p.Name == "Ri Su-yong" && p.Born == 1940);
        Assert.Contains(Kb.People, p => p.Name.StartsWith("Mao", StringComparison.Ordinal) && p.Died == 1976);
    }

    [Fact]
    public void NoPhraseNamesTwoDifferentActors()
    {
        // States (by name, adjective, capital or seat), organisations and people share one dictionary:
        // a phrase may name one actor only, or lookups would pick one silently.
        var owners = new Dictionary<string, HashSet<string>>();
        void Add(string name, string owner)
        {
            var key = TextFolding.FoldName(name);
            if (!owners.TryGetValue(key, out var set))
            {
                owners[key] = set = [];
            }
            set.Add(owner);
        }
        foreach (var c in Kb.Countries)
        {
            foreach (var n in c.Aliases.Prepend(c.Name).Concat(c.Adjectives).Concat(c.Seats).Append(c.Capital ?? ""))
            {
                Add(n, "state:" + c.Iso3);
            }
        }
        foreach (var o in Kb.Organisations)
        {
            foreach (var n in o.Aliases.Prepend(o.Name))
            {
                Add(n, "org:" + o.Id);
            }
        }
        foreach (var p in Kb.People)
        {
            foreach (var n in p.Aliases.Prepend(p.Name).Concat(p.Short))
            {
                Add(n, "person:" + p.Id);
            }
        }
        var clashes = owners.Where(o => o.Key.Length > 0 && o.Value.Count > 1).Select(o => $"{o.Key}: {string.Join(", ", o.Value)}").ToList();
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }
}

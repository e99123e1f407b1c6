using System.Collections.Frozen;
using Entente.Knowledge;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Surnames of known people that are not distinctive enough to name one of them alone ("Clinton",
/// "Bush", "Castro", "Kim"): such a word still names a person, and when every bearer in the knowledge base
/// shares a nationality, it tells the country too.</summary>
/// <remarks>Immutable; built once with the lexicon.</remarks>
public sealed class SurnameIndex
{
    // Chinese, Korean and Vietnamese names keep the family name first in English text (Xi Jinping, Moon Jae-in).
    private static readonly FrozenSet<string> FamilyFirst = FrozenSet.Create(StringComparer.Ordinal, "CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "SGP");

    private readonly FrozenDictionary<string, Person[]> _bearers;

    /// <summary>Indexes the family name of every known person that is not one of their short names, leaving out
    /// words that are usually something else ("May", "In").</summary>
    public SurnameIndex(IEnumerable<Person> people, NameWords words)
    {
        var bearers = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var keys = PhraseMatcher.Keys(person.Name);
            if (keys.Length < 2)
            {
                continue;
            }
            var surname = FamilyFirst.Contains(person.Country ?? "") ? keys[0] : keys[^1];
            if (surname.Length < 2 || !char.IsLetter(surname[0]) || words.Is(surname, "SKIP")
                || person.Short.Any(s => TextFolding.FoldName(s) == surname))
            {
                continue;
            }
            if (!bearers.TryGetValue(surname, out var list))
            {
                bearers[surname] = list = [];
            }
            list.Add(person);
        }
        _bearers = bearers.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The known people whose surname is folded <paramref name="word"/>; empty when none.</summary>
    public IReadOnlyList<Person> Bearers(string word) => _bearers.TryGetValue(word, out var people) ? people : [];

    /// <summary>The nationality all bearers share, or null when they differ.</summary>
    public static string? SharedCountry(IReadOnlyList<Person> bearers)
    {
        var country = bearers.Count > 0 ? bearers[0].Country : null;
        foreach (var p in bearers)
        {
            if (p.Country != country)
            {
                return null;
            }
        }
        return country;
    }
}

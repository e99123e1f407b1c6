using System.Collections.Frozen;
using Entente.Knowledge;
using Entente.Text;

namespace Entente.Events;

/// <summary>Nouns that refer back to an earlier event ("the seizure", "the launch"), with the CAMEO roots
/// they can name (<c>event_nouns.tsv</c>). Immutable; thread-safe.</summary>
public sealed class EventNouns
{
    private readonly FrozenDictionary<string, string[]> _roots;

    private EventNouns(FrozenDictionary<string, string[]> roots) => _roots = roots;

    /// <summary>The built-in list.</summary>
    public static EventNouns Load()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadRows("event_nouns.tsv"))
        {
            var roots = row["roots"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var noun in row.List("nouns"))
            {
                map[TextFolding.FoldName(noun)] = roots;
            }
        }
        return new EventNouns(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The roots a folded noun (one or two words) can name, or null.</summary>
    public string[]? RootsOf(string folded) => _roots.GetValueOrDefault(folded);
}

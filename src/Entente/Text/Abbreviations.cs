using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Text;

/// <summary>Words that take a period without ending a sentence (Gen., Sept., Mr.), from
/// <c>abbreviations.txt</c>. Loaded once; read-only afterwards.</summary>
public static class Abbreviations
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrozenSet<string>> Titles = new(LoadTitles, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        var lookup = Set.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    /// <summary>True for abbreviations that always precede another word (Mr., Gen., Sept.), so never end a sentence.</summary>
    public static bool NeverEndsSentence(string wordWithoutPeriod) => Titles.Value.Contains(wordWithoutPeriod);

    private static FrozenSet<string> Load() =>
        ResourceFiles.ReadRows("abbreviations.tsv").Select(r => r["word"]).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> LoadTitles() =>
        ResourceFiles.ReadRows("abbreviations.tsv").Where(r => r["kind"] != "end").Select(r => r["word"])
            .ToFrozenSet(StringComparer.Ordinal);
}

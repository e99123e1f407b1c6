using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Actors;

/// <summary>Word classes that steer unknown-name recognition and phrase building (<c>name_words.tsv</c>).</summary>
public sealed class NameWords
{
    private readonly FrozenDictionary<string, string[]> _classes;
    private readonly FrozenSet<string> _givenNames;

    private NameWords(FrozenDictionary<string, string[]> classes, FrozenSet<string> givenNames)
    {
        _classes = classes;
        _givenNames = givenNames;
    }

    /// <summary>The built-in word classes and given names (<c>given_names.tsv</c>).</summary>
    public static NameWords Load() => new(
        ResourceFiles.ReadRows("name_words.tsv").GroupBy(r => r["word"])
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r["class"]).ToArray(), StringComparer.Ordinal),
        ResourceFiles.ReadRows("given_names.tsv").Select(r => Text.TextFolding.FoldName(r["name"])).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True when folded <paramref name="word"/> is a common given name ("maria", "sergei").</summary>
    public bool IsGivenName(string word) => _givenNames.Contains(word);

    /// <summary>True when folded <paramref name="word"/> has class <paramref name="cls"/>.</summary>
    public bool Is(string word, string cls) => _classes.TryGetValue(word, out var c) && Array.IndexOf(c, cls) >= 0;
}

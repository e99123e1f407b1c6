using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Text;

/// <summary>The most frequent words of English news (<c>common_words.tsv</c>), each held once as a folded string
/// so that the tokenizer hands out the same instance instead of allocating one per occurrence.</summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared string equal to <paramref name="folded"/>, or null when the word is not a common one.</summary>
    public static string? Shared(ReadOnlySpan<char> folded) =>
        Set.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var word) ? word : null;

    private static FrozenSet<string> Load() =>
        ResourceFiles.ReadRows("common_words.tsv").Select(r => r["word"]).ToFrozenSet(StringComparer.Ordinal);
}

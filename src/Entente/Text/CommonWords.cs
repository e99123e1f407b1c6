using Entente.Knowledge;

namespace Entente.Text;

/// <summary>The most frequent words of English news (<c>common_words.tsv</c>): every <see cref="Vocabulary"/> holds
/// them, so that the tokenizer hands out one shared string per word instead of allocating one per occurrence.</summary>
internal static class CommonWords
{
    /// <summary>The words, folded.</summary>
    public static IEnumerable<string> All => ResourceFiles.ReadRows("common_words.tsv").Select(r => r["word"]);
}

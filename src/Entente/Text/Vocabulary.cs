using System.Numerics;
using System.Runtime.CompilerServices;

namespace Entente.Text;

/// <summary>A numbered set of folded words. The tokenizer gives each word and number token its number here
/// (<see cref="Token.Word"/>) and hands out the vocabulary's own string, so that lookups keyed by the first word of
/// a phrase index an array instead of hashing the token again, and frequent words are not allocated per use.</summary>
/// <remarks>Immutable and thread-safe. Numbers start at 1; 0 means "not in the vocabulary". Numbers are only
/// meaningful with the vocabulary that gave them (see <see cref="Documents.Document.Vocabulary"/>).
/// The table is open addressing keyed by <see cref="Hash"/>, which the folder computes while it folds a token: every
/// token of every article is looked up here, and one pass over its characters does both.</remarks>
public sealed class Vocabulary
{
    /// <summary>The hash of the empty word; <see cref="Hash"/> continues it one character at a time.</summary>
    public const uint EmptyHash = 2166136261;

    private static readonly Lazy<Vocabulary> CommonOnly = new(() => new Vocabulary([]), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly string[] _words;

    /// <summary>The most common words of English news (<c>common_words.tsv</c>) and <paramref name="words"/>, which
    /// must already be folded (<see cref="TextFolding.Fold(ReadOnlySpan{char})"/>).</summary>
    public Vocabulary(IEnumerable<string> words)
    {
        // Distinct keeps first occurrences in order: the common words keep their numbers in every vocabulary.
        var distinct = CommonWords.All.Concat(words).Distinct(StringComparer.Ordinal).ToList();
        // At most half full, so that a miss (most names and numbers) ends after a probe or two.
        var bits = Math.Max(4, BitOperations.Log2((uint)distinct.Count * 2 - 1) + 1);
        _shift = 32 - bits;
        _slots = new Slot[1 << bits];
        _words = new string[distinct.Count + 1];
        for (var id = 1; id <= distinct.Count; id++)
        {
            var word = distinct[id - 1];
            _words[id] = word;
            var hash = Hash(word);
            var i = Index(hash);
            while (_slots[i].Id != 0)
            {
                i = (i + 1) & (_slots.Length - 1);
            }
            _slots[i] = new Slot(word, id, hash);
        }
    }

    /// <summary>The common words alone: what a tokenizer uses when no knowledge base is at hand.</summary>
    public static Vocabulary Common => CommonOnly.Value;

    /// <summary>Number of words; the largest number given out.</summary>
    public int Count => _words.Length - 1;

    /// <summary>Continues <paramref name="hash"/> (start from <see cref="EmptyHash"/>) with one folded character (FNV-1a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The hash of a folded word, as <see cref="Find(ReadOnlySpan{char}, uint, out string?)"/> expects it.</summary>
    public static uint Hash(ReadOnlySpan<char> folded)
    {
        var hash = EmptyHash;
        foreach (var c in folded)
        {
            hash = Hash(hash, c);
        }
        return hash;
    }

    /// <summary>The number of <paramref name="folded"/>, or 0; <paramref name="word"/> is the vocabulary's string.</summary>
    public int Find(ReadOnlySpan<char> folded, out string? word) => Find(folded, Hash(folded), out word);

    /// <summary>As <see cref="Find(ReadOnlySpan{char}, out string?)"/>, with the word's <see cref="Hash"/> already known.</summary>
    public int Find(ReadOnlySpan<char> folded, uint hash, out string? word)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = Index(hash); slots[i].Id != 0; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Hash == hash && slot.Word.AsSpan().SequenceEqual(folded))
            {
                word = slot.Word;
                return slot.Id;
            }
        }
        word = null;
        return 0;
    }

    /// <summary>The word numbered <paramref name="number"/> (1 to <see cref="Count"/>).</summary>
    public string WordAt(int number) => _words[number];

    /// <summary>The number of a folded word, or 0.</summary>
    public int Find(string folded) => Find(folded, out _);

    // Fibonacci hashing: the top bits of the product spread FNV's weaker low bits over the table.
    private int Index(uint hash) => (int)((hash * 2654435769u) >> _shift);

    // The word itself sits in its slot: comparing it costs no look-up in the numbered list first.
    private readonly record struct Slot(string Word, int Id, uint Hash);
}

using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>A numbered set of folded words. The tokenizer gives each word and number token its number here
/// (<see cref="Token.Word"/>) and hands out the vocabulary's own string, so that lookups keyed by the first word of
/// a phrase index an array instead of hashing the token again, and frequent words are not allocated per use.</summary>
/// <remarks>Immutable and thread-safe. Numbers start at 1; 0 means "not in the vocabulary". Numbers are only
/// meaningful with the vocabulary that gave them (see <see cref="Documents.Document.Vocabulary"/>).</remarks>
public sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> CommonOnly = new(() => new Vocabulary([]), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly FrozenDictionary<string, int> _ids;
    private readonly string[] _words;

    /// <summary>The most common words of English news (<c>common_words.tsv</c>) and <paramref name="words"/>, which
    /// must already be folded (<see cref="TextFolding.Fold(ReadOnlySpan{char})"/>).</summary>
    public Vocabulary(IEnumerable<string> words)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in CommonWords.All.Concat(words))
        {
            ids.TryAdd(word, ids.Count + 1);
        }
        _ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = new string[ids.Count + 1];
        foreach (var (word, id) in ids)
        {
            _words[id] = word;
        }
    }

    /// <summary>The common words alone: what a tokenizer uses when no knowledge base is at hand.</summary>
    public static Vocabulary Common => CommonOnly.Value;

    /// <summary>Number of words; the largest number given out.</summary>
    public int Count => _ids.Count;

    /// <summary>The number of <paramref name="folded"/>, or 0; <paramref name="word"/> is the vocabulary's string.</summary>
    public int Find(ReadOnlySpan<char> folded, out string? word)
    {
        var id = _bySpan.TryGetValue(folded, out var found) ? found : 0;
        word = id > 0 ? _words[id] : null;
        return id;
    }

    /// <summary>The word numbered <paramref name="number"/> (1 to <see cref="Count"/>).</summary>
    public string WordAt(int number) => _words[number];

    /// <summary>The number of a folded word, or 0.</summary>
    public int Find(string folded) => _ids.GetValueOrDefault(folded);
}

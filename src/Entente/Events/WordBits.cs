using Entente.Text;

namespace Entente.Events;

/// <summary>A set of words as 256 bits, each word marked by its length and first and last letters: a cheap,
/// allocation-free test that a group of words cannot all be present (a set that lacks one bit lacks that word).</summary>
internal readonly struct WordBits
{
    private readonly ulong _a, _b, _c, _d;

    private WordBits(ulong a, ulong b, ulong c, ulong d) => (_a, _b, _c, _d) = (a, b, c, d);

    /// <summary>The bits of some words.</summary>
    public static WordBits Of(IEnumerable<string> words)
    {
        var set = default(WordBits);
        foreach (var word in words)
        {
            set = set.With(word);
        }
        return set;
    }

    /// <summary>The bits of the folded tokens from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static WordBits Of(IReadOnlyList<Token> tokens, int start, int end)
    {
        var set = default(WordBits);
        for (var k = start; k < end; k++)
        {
            set = set.With(tokens[k].Norm);
        }
        return set;
    }

    /// <summary>True when every bit of <paramref name="other"/> is set here: its words may all be present.</summary>
    public bool Covers(WordBits other) =>
        (other._a & ~_a) == 0 && (other._b & ~_b) == 0 && (other._c & ~_c) == 0 && (other._d & ~_d) == 0;

    private WordBits With(string word)
    {
        var bit = word.Length == 0 ? 0 : (word.Length * 31 + word[0] * 7 + word[^1]) & 255;
        var mask = 1UL << (bit & 63);
        return (bit >> 6) switch
        {
            0 => new WordBits(_a | mask, _b, _c, _d),
            1 => new WordBits(_a, _b | mask, _c, _d),
            2 => new WordBits(_a, _b, _c | mask, _d),
            _ => new WordBits(_a, _b, _c, _d | mask),
        };
    }
}

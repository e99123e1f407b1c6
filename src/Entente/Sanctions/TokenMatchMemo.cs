namespace Entente.Sanctions;

/// <summary>
/// Token comparisons remembered for one query. Indexed names share their token objects (each
/// with a number, see <see cref="IndexedName.TokenIds"/>), so the candidates of a common name
/// ("Mohammed Ali") meet the same few tokens ("muhammad", "ali") dozens of times, and each typo
/// or transliteration test (edit distance, Jaro-Winkler) would be repeated. Keys are the query
/// token's position and the indexed token's number: valid for one query only, hence
/// <see cref="Clear"/> between queries. Not thread-safe: one query uses one memo at a time.
/// </summary>
internal sealed class TokenMatchMemo
{
    // Open addressing over a fixed table: a query meets a few hundred distinct token pairs; once
    // half full, further pairs are compared without being remembered (the table never grows).
    private const int Slots = 2048;
    private const int MaxFill = Slots / 2;

    private readonly long[] _keys = new long[Slots];
    private readonly TokenMatch[] _matches = new TokenMatch[Slots];
    private readonly int[] _filled = new int[MaxFill];
    private int _count;

    /// <summary>
    /// The comparison of query token <paramref name="a"/> (at position <paramref name="position"/>)
    /// with indexed token <paramref name="b"/> (numbered <paramref name="id"/>), worked out once.
    /// </summary>
    public TokenMatch Compare(int position, NameToken a, int id, NameToken b)
    {
        // Never zero (the empty slot): the position is stored plus one.
        long key = (long)(position + 1) << 32 | (uint)id;
        int slot = (int)((uint)(id * 32 + position) * 2654435769u >> 21);
        while (true)
        {
            long k = _keys[slot];
            if (k == key) return _matches[slot];
            if (k == 0) break;
            slot = (slot + 1) & (Slots - 1);
        }
        var match = TokenComparer.Compare(a, b);
        if (_count < MaxFill)
        {
            _keys[slot] = key;
            _matches[slot] = match;
            _filled[_count++] = slot;
        }
        return match;
    }

    /// <summary>Forgets every comparison (before the next query).</summary>
    public void Clear()
    {
        foreach (int slot in _filled.AsSpan(0, _count)) _keys[slot] = 0;
        _count = 0;
    }
}

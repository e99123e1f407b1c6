namespace Entente.Sanctions;

/// <summary>
/// Token comparisons remembered for one query. Indexed names share their token objects (each
/// with a number, see <see cref="IndexedName.TokenIds"/>), so the candidates of a common name
/// ("Mohammed Ali") meet the same few tokens ("muhammad", "ali") dozens of times, and each typo
/// or transliteration test (edit distance, Jaro-Winkler) would be repeated. Each indexed token
/// met gets a row holding its comparison with every query token: a candidate looks up one row
/// per token of its own, not one entry per token pair. Valid for one query only, hence
/// <see cref="Clear"/> between queries. Not thread-safe: one query uses one memo at a time.
/// </summary>
internal sealed class TokenMatchMemo
{
    // Open addressing over a fixed table of token numbers: a query meets a few hundred distinct
    // tokens; once half full, further tokens get no row and are compared without being remembered.
    private const int Slots = 2048;
    private const int MaxRows = Slots / 2;

    // Not yet compared (a similarity is never negative).
    private static readonly TokenMatch Unknown = new(-1, false, TokenMatchKind.None);

    private readonly int[] _ids = new int[Slots];
    private readonly int[] _rows = new int[Slots];
    private readonly int[] _filled = new int[MaxRows];
    private TokenMatch[] _matches = new TokenMatch[64 * 4];
    private int _count;
    private int _width;

    /// <summary>
    /// The row of indexed token number <paramref name="id"/> for a query of
    /// <paramref name="width"/> tokens (the same for every call until <see cref="Clear"/>), or
    /// -1 when the memo is full.
    /// </summary>
    public int Row(int id, int width)
    {
        // Never zero (the empty slot): the number is stored plus one.
        int slot = (int)((uint)id * 2654435769u >> 21);
        while (true)
        {
            int k = _ids[slot];
            if (k == id + 1) return _rows[slot];
            if (k == 0) break;
            slot = (slot + 1) & (Slots - 1);
        }
        if (_count == MaxRows) return -1;
        if (_count == 0) _width = width;
        int row = _count * _width;
        if (row + _width > _matches.Length) Array.Resize(ref _matches, Math.Max(_matches.Length * 2, row + _width));
        _matches.AsSpan(row, _width).Fill(Unknown);
        _ids[slot] = id + 1;
        _rows[slot] = row;
        _filled[_count++] = slot;
        return row;
    }

    /// <summary>
    /// The comparison of query token <paramref name="a"/> (at position <paramref name="position"/>)
    /// with indexed token <paramref name="b"/> (whose <see cref="Row"/> is <paramref name="row"/>), worked out once.
    /// </summary>
    public TokenMatch Compare(int row, int position, NameToken a, NameToken b)
    {
        if (row < 0) return TokenComparer.Compare(a, b);
        ref var match = ref _matches[row + position];
        if (match.Similarity < 0) match = TokenComparer.Compare(a, b);
        return match;
    }

    /// <summary>Forgets every comparison (before the next query).</summary>
    public void Clear()
    {
        foreach (int slot in _filled.AsSpan(0, _count)) _ids[slot] = 0;
        _count = 0;
    }
}

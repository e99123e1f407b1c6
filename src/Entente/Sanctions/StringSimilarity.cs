namespace Entente.Sanctions;

/// <summary>Character-level similarity measures for short name tokens.</summary>
internal static class StringSimilarity
{
    /// <summary>
    /// Jaro-Winkler similarity with the standard formula: scaling factor 0.1 and the
    /// common-prefix bonus capped at 4 characters.
    /// </summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return a.Length == b.Length ? 1.0 : 0.0;
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1.0;

        double jaro = Jaro(a, b);
        int prefix = 0;
        int max = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /// <summary>Plain Jaro similarity.</summary>
    public static double Jaro(string a, string b)
    {
        int window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        // Names are short; stackalloc keeps the hot path allocation-free.
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];

        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int from = Math.Max(0, i - window);
            int to = Math.Min(b.Length - 1, i + window);
            for (int j = from; j <= to; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = true;
                bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0.0;

        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        return (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
    }

    /// <summary>
    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions),
    /// giving up early once the distance exceeds <paramref name="limit"/>.
    /// </summary>
    public static int EditDistance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        if (limit == 1) return WithinOne(a, b);
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        if (limit <= 4) return Banded(a, b, limit);

        int cols = b.Length + 1;
        Span<int> buffer = 3 * cols <= 512 ? stackalloc int[3 * cols] : new int[3 * cols];
        Span<int> prev2 = buffer[..cols];
        Span<int> prev = buffer.Slice(cols, cols);
        Span<int> cur = buffer.Slice(2 * cols, cols);
        for (int j = 0; j < cols; j++) prev[j] = j;

        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > limit) return limit + 1;
            // Rotate rows without allocating.
            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.Length];
    }

    // The same distance for a small limit, or limit + 1 beyond it. A cell off the diagonal by
    // more than the limit cannot be within it, so each row fills only the band around the
    // diagonal (five cells for a limit of two, not the whole row).
    private static int Banded(string a, string b, int limit)
    {
        int cols = b.Length + 1, over = limit + 1;
        Span<int> buffer = 3 * cols <= 512 ? stackalloc int[3 * cols] : new int[3 * cols];
        Span<int> prev2 = buffer[..cols];
        Span<int> prev = buffer.Slice(cols, cols);
        Span<int> cur = buffer.Slice(2 * cols, cols);
        for (int j = 0; j < cols; j++) prev[j] = Math.Min(j, over);

        for (int i = 1; i <= a.Length; i++)
        {
            int lo = Math.Max(1, i - limit), hi = Math.Min(b.Length, i + limit);
            cur[lo - 1] = lo == 1 ? Math.Min(i, over) : over;
            int rowMin = cur[lo - 1];
            for (int j = lo; j <= hi; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, prev2[j - 2] + 1);
                v = Math.Min(v, over);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            // The next row reads one cell past this row's band.
            if (hi < b.Length) cur[hi + 1] = over;
            if (rowMin > limit) return over;
            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.Length];
    }

    // Distance 0, 1, or 2 for "more than one": most calls ask only whether two tokens are one
    // typo apart, which a comparison of the texts around their first difference answers.
    private static int WithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int p = a.CommonPrefixLength(b);
        if (p == a.Length && p == b.Length) return 0;
        if (a.Length == b.Length)
        {
            if (a[(p + 1)..].SequenceEqual(b[(p + 1)..])) return 1;
            bool swapped = p + 1 < a.Length && a[p] == b[p + 1] && a[p + 1] == b[p];
            return swapped && a[(p + 2)..].SequenceEqual(b[(p + 2)..]) ? 1 : 2;
        }
        if (a.Length == b.Length + 1) return a[(p + 1)..].SequenceEqual(b[p..]) ? 1 : 2;
        return b.Length == a.Length + 1 && b[(p + 1)..].SequenceEqual(a[p..]) ? 1 : 2;
    }
}

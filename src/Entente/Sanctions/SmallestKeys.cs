namespace Entente.Sanctions;

/// <summary>Picks the smallest keys of a span without sorting all of it.</summary>
internal static class SmallestKeys
{
    /// <summary>
    /// Reorders <paramref name="keys"/> (distinct) so that its first <paramref name="count"/>
    /// are the smallest, in ascending order. A common name qualifies thousands of candidates of
    /// which a few dozen are kept: selecting them (quickselect) is linear, where keeping a sorted
    /// window shifted it at almost every key.
    /// </summary>
    public static void SortFirst(Span<long> keys, int count)
    {
        if (count <= 0) return;
        if (count < keys.Length) Select(keys, count - 1);
        keys[..Math.Min(count, keys.Length)].Sort();
    }

    // Hoare partitioning around a median of three until position `nth` holds its key in sorted
    // order, with every smaller key before it.
    private static void Select(Span<long> keys, int nth)
    {
        int lo = 0, hi = keys.Length - 1;
        while (lo < hi)
        {
            long pivot = Median(keys[lo], keys[lo + (hi - lo) / 2], keys[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }
            if (nth <= j) hi = j;
            else if (nth >= i) lo = i;
            else return;
        }
    }

    private static long Median(long a, long b, long c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}

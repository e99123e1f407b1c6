namespace Entente.Events;

/// <summary>A pattern as the matcher tries it: with, for each literal element after the first, the numbers of the words
/// it can be (<see cref="PatternDictionary.WordId"/>).</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="LaterWordIds">Per later literal element, the ids of its word forms.</param>
internal sealed record PatternCandidate(EventPattern Pattern, int[][] LaterWordIds)
{
    /// <summary>The size of a presence set in 64-bit words: 1,024 bits, few enough to clear for every sentence.</summary>
    public const int PresenceWords = 16;

    /// <summary>Sets the bit of word <paramref name="id"/> (ids share bits modulo 1,024).</summary>
    public static void MarkPresent(Span<ulong> present, int id) => present[(id >> 6) & (PresenceWords - 1)] |= 1UL << (id & 63);

    /// <summary>True when each later literal element may have a word in <paramref name="present"/>: false only when one
    /// surely has none.</summary>
    public bool WordsPresent(ReadOnlySpan<ulong> present)
    {
        foreach (var forms in LaterWordIds)
        {
            var found = false;
            foreach (var id in forms)
            {
                if ((present[(id >> 6) & (PresenceWords - 1)] & (1UL << (id & 63))) != 0)
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }
}

namespace Entente.Events;

/// <summary>A pattern as the matcher tries it: with, for each literal element after the first, the numbers of the words
/// it can be (<see cref="PatternDictionary.WordId"/>).</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="LaterWordIds">Per later literal element, the ids of its word forms.</param>
internal sealed record PatternCandidate(EventPattern Pattern, int[][] LaterWordIds)
{
    /// <summary>True when each later literal element has a word in <paramref name="present"/> (a bit per word id).</summary>
    public bool WordsPresent(ReadOnlySpan<ulong> present)
    {
        foreach (var forms in LaterWordIds)
        {
            var found = false;
            foreach (var id in forms)
            {
                if ((present[id >> 6] & (1UL << (id & 63))) != 0)
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

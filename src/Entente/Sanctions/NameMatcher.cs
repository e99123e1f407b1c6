namespace Entente.Sanctions;

/// <summary>
/// Compares two personal or organisation names across spellings, scripts and word order:
/// "Choe Ryong-hae" = "CHOE, Ryong Hae" = "Ch'oe Ryong-hae" = 최룡해; "Nicolás Maduro" = "MADURO MOROS, Nicolas".
/// </summary>
public sealed class NameMatcher
{
    private readonly TokenWeights _weights;

    /// <summary>Creates a matcher with built-in token weights.</summary>
    public NameMatcher() : this(TokenWeights.Default)
    {
    }

    internal NameMatcher(TokenWeights weights) => _weights = weights;

    /// <summary>Similarity of two names in 0..1 (1 = same name).</summary>
    public double Score(string name1, string name2) => Compare(name1, name2).Score;

    /// <summary>True when the two names are taken to be the same name (threshold and structural checks inside).</summary>
    public bool IsMatch(string name1, string name2) => Compare(name1, name2).IsMatch;

    /// <summary>Full comparison; names with "/" are alternatives ("Al-Qa'ida/Islamic Army") and the best one counts.</summary>
    internal NameComparison Compare(string name1, string name2)
    {
        NameComparison best = NameComparison.None;
        foreach (var x in Alternatives(name1))
            foreach (var y in Alternatives(name2))
            {
                var c = NameComparer.Compare(NameNormalizer.Normalize(x), NameNormalizer.Normalize(y), _weights);
                if (c.IsMatch && !best.IsMatch || c.IsMatch == best.IsMatch && c.Score > best.Score) best = c;
            }
        return best;
    }

    internal NameComparison Compare(NormalizedName a, NormalizedName b) => NameComparer.Compare(a, b, _weights);

    private static IEnumerable<string> Alternatives(string name)
    {
        yield return name;
        if (!name.Contains('/')) yield break;
        foreach (var part in name.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (part.Count(char.IsLetter) >= 3) yield return part;
    }
}

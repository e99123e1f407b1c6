namespace Entente.Sanctions;

/// <summary>The outcome of comparing two normalised names.</summary>
internal sealed class NameComparison
{
    /// <summary>Similarity in 0..1.</summary>
    public double Score { get; init; }

    /// <summary>True when the names are taken to be the same name.</summary>
    public bool IsMatch { get; init; }

    /// <summary>Aligned token pairs.</summary>
    public IReadOnlyList<TokenPair> Pairs { get; init; } = [];

    /// <summary>Required tokens of the first name left unmatched.</summary>
    public IReadOnlyList<int> UnmatchedA { get; init; } = [];

    /// <summary>Required tokens of the second name left unmatched.</summary>
    public IReadOnlyList<int> UnmatchedB { get; init; } = [];

    /// <summary>Why the names were judged different despite similar tokens, or null.</summary>
    public string? Conflict { get; init; }

    /// <summary>Number of pairs in which both sides are full words (not initials).</summary>
    public int WordPairs { get; init; }

    /// <summary>A comparison with nothing in common.</summary>
    public static readonly NameComparison None = new();
}

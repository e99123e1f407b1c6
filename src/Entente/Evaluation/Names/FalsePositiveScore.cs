namespace Entente.Evaluation.Names;

/// <summary>How often screening people who are not listed raises a hit.</summary>
/// <param name="Set">The query file's name.</param>
/// <param name="Rows">Queries screened.</param>
/// <param name="WithMatch">Queries with at least one <c>match</c> hit.</param>
/// <param name="WithAnyHit">Queries with any hit (<c>match</c> or <c>possible</c>).</param>
/// <param name="Examples">A few queries with a <c>match</c> hit, and the entry hit.</param>
public sealed record FalsePositiveScore(string Set, int Rows, int WithMatch, int WithAnyHit, IReadOnlyList<string> Examples)
{
    /// <summary>False-positive rate counting <c>match</c> hits.</summary>
    public double MatchRate => Rows == 0 ? 0 : (double)WithMatch / Rows;

    /// <summary>False-positive rate counting any hit.</summary>
    public double AnyHitRate => Rows == 0 ? 0 : (double)WithAnyHit / Rows;
}

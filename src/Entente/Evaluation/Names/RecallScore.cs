namespace Entente.Evaluation.Names;

/// <summary>How often screening a listed person's record finds that person's entry.</summary>
/// <param name="Set">The query file's name.</param>
/// <param name="Rows">Query rows.</param>
/// <param name="Resolved">Rows whose entry was identified in the list (the denominator).</param>
/// <param name="Match">Resolved rows whose entry is among the hits as <c>match</c>.</param>
/// <param name="Possible">Resolved rows whose entry is among the hits only as <c>possible</c>.</param>
/// <param name="Misses">A few queries whose entry was not found.</param>
public sealed record RecallScore(string Set, int Rows, int Resolved, int Match, int Possible, IReadOnlyList<string> Misses)
{
    /// <summary>Share of resolved rows found at all.</summary>
    public double Recall => Resolved == 0 ? 0 : (double)(Match + Possible) / Resolved;

    /// <summary>Share of resolved rows found as <c>match</c>.</summary>
    public double MatchRecall => Resolved == 0 ? 0 : (double)Match / Resolved;
}

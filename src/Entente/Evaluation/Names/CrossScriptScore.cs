namespace Entente.Evaluation.Names;

/// <summary>Cross-script pairs (watchman): how many NameMatcher matches, and how many reach the pair's minimum score.</summary>
/// <param name="Pairs">Pairs scored.</param>
/// <param name="Matched">Pairs NameMatcher.IsMatch accepts.</param>
/// <param name="AtMinScore">Pairs whose score reaches the set's minimum for that pair.</param>
/// <param name="Rows">Each pair: query, expected name, minimum, score, match.</param>
public sealed record CrossScriptScore(int Pairs, int Matched, int AtMinScore, IReadOnlyList<(string Query, string Expected, double Min, double Score, bool Match)> Rows);

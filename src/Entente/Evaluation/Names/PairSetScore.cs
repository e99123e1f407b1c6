namespace Entente.Evaluation.Names;

/// <summary>NameMatcher.IsMatch against labelled pairs: overall and by category.</summary>
/// <param name="All">All pairs.</param>
/// <param name="ByCategory">By the row's category (or schema when it has none), as score_pairs.py groups them.</param>
public sealed record PairSetScore(PairCounts All, IReadOnlyDictionary<string, PairCounts> ByCategory);

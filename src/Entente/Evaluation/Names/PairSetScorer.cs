using Entente.Sanctions;

namespace Entente.Evaluation.Names;

/// <summary>Scores <see cref="NameMatcher.IsMatch"/> on a labelled pair set (columns name1, name2, is_match; category, schema optional).</summary>
public static class PairSetScorer
{
    /// <summary>Reads <paramref name="path"/> and scores every pair.</summary>
    public static PairSetScore Score(string path, NameMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var all = new PairCounts();
        var byCategory = new SortedDictionary<string, PairCounts>(StringComparer.Ordinal);
        foreach (var row in NameCsv.Read(path))
        {
            bool expected = NameCsv.Truth(row.GetValueOrDefault("is_match", ""));
            bool predicted = matcher.IsMatch(row.GetValueOrDefault("name1", ""), row.GetValueOrDefault("name2", ""));
            all.Add(expected, predicted);
            var key = row.GetValueOrDefault("category") is { Length: > 0 } c ? c : row.GetValueOrDefault("schema") is { Length: > 0 } s ? s : "-";
            if (!byCategory.TryGetValue(key, out var counts)) byCategory[key] = counts = new PairCounts();
            counts.Add(expected, predicted);
        }
        return new PairSetScore(all, byCategory);
    }
}

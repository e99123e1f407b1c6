using System.Globalization;
using Entente.Sanctions;

namespace Entente.Evaluation.Names;

/// <summary>Scores watchman's cross-script pairs (no header; columns Query, Expected Match, Min Score, Description; # comments).</summary>
public static class CrossScriptScorer
{
    /// <summary>Reads <paramref name="path"/> and compares every pair.</summary>
    public static CrossScriptScore Score(string path, NameMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var rows = new List<(string, string, double, double, bool)>();
        foreach (var row in NameCsv.Read(path, hasHeader: false, columns: ["query", "expected", "min", "description"]))
        {
            string query = row["query"], expected = row["expected"];
            if (query.Length == 0 || expected.Length == 0) continue;
            double min = double.TryParse(row["min"], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : 0;
            rows.Add((query, expected, min, matcher.Score(query, expected), matcher.IsMatch(query, expected)));
        }
        return new CrossScriptScore(rows.Count, rows.Count(r => r.Item5), rows.Count(r => r.Item4 >= r.Item3), rows);
    }
}

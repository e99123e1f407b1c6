using Entente.Sanctions;

namespace Entente.Evaluation.Names;

/// <summary>False-positive rates of screening on yente's negatives (synthetic people who are on no list).</summary>
public static class FalsePositiveScorer
{
    /// <summary>Screens every row of <paramref name="path"/> with its birth year, nationality and gender as evidence.</summary>
    public static FalsePositiveScore Score(string path, Screener screener, Func<string, string?> country)
    {
        ArgumentNullException.ThrowIfNull(screener);
        var rows = NameCsv.Read(path);
        int match = 0, any = 0;
        var examples = new List<string>();
        foreach (var row in rows)
        {
            var query = PersonRecord.Query(row, country);
            var hits = screener.Screen(query, 3);
            if (hits.Count > 0) any++;
            if (hits.FirstOrDefault(h => h.Status == ScreeningHit.Match) is not { } hit) continue;
            match++;
            if (examples.Count < 8) examples.Add($"{query.Name} → {hit.Entry.Name} ({hit.Entry.List} {hit.Entry.EntryId})");
        }
        return new FalsePositiveScore(Path.GetFileName(path), rows.Count, match, any, examples);
    }
}

using Entente.Documents;

namespace Entente.Evaluation;

/// <summary>Scores entity mentions on exact span and type (PER, LOC, ORG), conlleval-style; predictions
/// that overlap a gold MISC span are not counted, as in score_ner.py.</summary>
public static class NerScorer
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PERSON"] = "PER",
        ["PER"] = "PER",
        ["ORG"] = "ORG",
        ["LOC"] = "LOC",
    };

    /// <summary>Per-type counts; the key "ALL" holds the totals.</summary>
    public static Dictionary<string, Prf> Score(IReadOnlyList<NerDocument> gold, IReadOnlyDictionary<string, Document> coded)
    {
        var result = new Dictionary<string, Prf>(StringComparer.Ordinal) { ["PER"] = default, ["LOC"] = default, ["ORG"] = default };
        foreach (var g in gold)
        {
            var predicted = new HashSet<(int, int, string)>();
            if (coded.TryGetValue(g.Id, out var doc))
            {
                foreach (var entity in doc.Entities)
                {
                    if (Types.TryGetValue(entity.Type, out var t))
                    {
                        foreach (var m in entity.Mentions)
                        {
                            predicted.Add((m.Span.Start, m.Span.End, t));
                        }
                    }
                }
            }
            var misc = g.Gold.Where(x => x.Type == "MISC").ToList();
            var scored = g.Gold.Where(x => x.Type is "PER" or "LOC" or "ORG").ToHashSet();
            predicted.RemoveWhere(p => misc.Any(m => p.Item1 < m.End && m.Start < p.Item2));
            foreach (var t in result.Keys.ToList())
            {
                var want = scored.Where(x => x.Type == t).ToHashSet();
                var got = predicted.Where(x => x.Item3 == t).ToHashSet();
                var tp = want.Count(got.Contains);
                result[t] += new Prf(tp, got.Count - tp, want.Count - tp);
            }
        }
        result["ALL"] = result["PER"] + result["LOC"] + result["ORG"];
        return result;
    }
}

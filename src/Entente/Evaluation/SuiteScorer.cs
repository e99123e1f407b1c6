using Entente.Documents;
using Entente.Events;

namespace Entente.Evaluation;

/// <summary>Scores coded documents against suite cases exactly as score_suite.py does: PETRARCH suites on
/// (source country, target country, code) triples at full code (L1) and root (L2); PLOVER per gold event.</summary>
public static class SuiteScorer
{
    private static bool Claimed(Event e) => !e.Modality.Negated && e.Modality.Kind is "asserted" or "reported" or "historical";

    private static HashSet<string> Countries(IReadOnlyList<EventActor> actors) =>
        actors.Count == 0 ? ["---"] : [.. actors.Select(a => SuiteReader.Country(a.Country ?? a.Code))];

    /// <summary>Scores a PETRARCH suite.</summary>
    public static SuiteScore ScorePetrarch(IReadOnlyList<SuiteCase> cases, IReadOnlyDictionary<string, Document> docs)
    {
        Prf l1 = default, l2 = default;
        var exact = 0;
        var byCategory = new Dictionary<string, (int Exact, int Total, Prf L1)>(StringComparer.Ordinal);
        var errors = new List<SuiteError>();
        foreach (var c in cases)
        {
            var got = new HashSet<(string, string, string)>();
            if (docs.TryGetValue(c.Id, out var doc))
            {
                foreach (var e in doc.Events.Where(Claimed))
                {
                    foreach (var s in Countries(e.Source))
                    {
                        foreach (var t in Countries(e.Target))
                        {
                            got.Add((s, t, e.Cameo.Code));
                        }
                    }
                }
            }
            var want = c.Triples.ToHashSet();
            var p1 = Count(want, got, x => x);
            var p2 = Count(want, got, x => (x.Item1, x.Item2, x.Item3[..Math.Min(2, x.Item3.Length)]));
            l1 += p1;
            l2 += p2;
            var ok = want.SetEquals(got);
            exact += ok ? 1 : 0;
            var cat = byCategory.GetValueOrDefault(c.Category);
            byCategory[c.Category] = (cat.Exact + (ok ? 1 : 0), cat.Total + 1, cat.L1 + p1);
            if (!ok)
            {
                errors.Add(new SuiteError(c.Id, c.Category, c.Text, [.. want.Except(got).Select(Show)], [.. got.Except(want).Select(Show)]));
            }
        }
        return new SuiteScore("petrarch", cases.Count, l1, l2, exact, byCategory, errors);
    }

    private static string Show((string S, string T, string C) x) => $"{x.S}→{x.T} {x.C}";

    private static Prf Count<TKey>(HashSet<(string, string, string)> want, HashSet<(string, string, string)> got,
        Func<(string, string, string), TKey> cut) where TKey : notnull
    {
        var w = want.GroupBy(cut).ToDictionary(g => g.Key, g => g.Count());
        var h = got.GroupBy(cut).ToDictionary(g => g.Key, g => g.Count());
        var tp = w.Sum(kv => Math.Min(kv.Value, h.GetValueOrDefault(kv.Key)));
        return new Prf(tp, h.Values.Sum() - tp, w.Values.Sum() - tp);
    }

    /// <summary>Scores the PLOVER gold standard: a gold event is right when a claimed event of the same type
    /// shares a source and a target country with it.</summary>
    public static SuiteScore ScorePlover(IReadOnlyList<SuiteCase> cases, IReadOnlyDictionary<string, Document> docs)
    {
        int right = 0, gold = 0, produced = 0, used = 0;
        var byType = new Dictionary<string, (int Exact, int Total, Prf L1)>(StringComparer.Ordinal);
        var errors = new List<SuiteError>();
        foreach (var c in cases)
        {
            var events = docs.TryGetValue(c.Id, out var doc) ? doc.Events.Where(Claimed).ToList() : [];
            produced += events.Count;
            var matched = new HashSet<int>();
            var missing = new List<string>();
            foreach (var g in c.Plover)
            {
                gold++;
                var hit = events.FindIndex(e => string.Equals(e.Cameo.Plover, g.Event, StringComparison.OrdinalIgnoreCase)
                                                && (g.Sources.Count == 0 || g.Sources.Overlaps(Countries(e.Source)))
                                                && (g.Targets.Count == 0 || g.Targets.Overlaps(Countries(e.Target))));
                var t = byType.GetValueOrDefault(g.Event);
                byType[g.Event] = (t.Exact + (hit >= 0 ? 1 : 0), t.Total + 1, t.L1);
                if (hit >= 0)
                {
                    right++;
                    matched.Add(hit);
                }
                else
                {
                    missing.Add($"{string.Join('/', g.Sources)}→{string.Join('/', g.Targets)} {g.Event}");
                }
            }
            used += matched.Count;
            if (missing.Count > 0)
            {
                errors.Add(new SuiteError(c.Id, "", c.Text, missing,
                    [.. events.Select(e => $"{string.Join('/', Countries(e.Source))}→{string.Join('/', Countries(e.Target))} {e.Cameo.Plover ?? e.Cameo.Code}")]));
            }
        }
        var prf = new Prf(right, produced - used, gold - right);
        return new SuiteScore("plover", cases.Count, prf, prf, right, byType, errors)
        {
            // As score_suite.py: precision counts produced events that matched some gold event.
            P = produced == 0 ? 0 : (double)used / produced,
            R = gold == 0 ? 0 : (double)right / gold,
        };
    }
}

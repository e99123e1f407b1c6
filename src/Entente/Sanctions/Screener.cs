using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Entente.Sanctions;

/// <summary>
/// Screens names against loaded sanctions lists. Names and aliases are normalised and indexed
/// once; each query is compared only with names sharing tokens (or their spelling keys) with it.
/// Thread-safe for concurrent <see cref="Screen"/> calls.
/// </summary>
public sealed class Screener
{
    private readonly SanctionsEntry[] _entries;
    private readonly IndexedName[] _names;
    // Persons and everything else are indexed apart: a PERSON query never looks at companies.
    private readonly CandidateIndex _people;
    private readonly CandidateIndex _others;
    private readonly int[] _peopleIds;
    private readonly int[] _otherIds;
    private readonly TokenWeights _weights;

    // Working space of the last query (token comparisons, best comparison per entry, ranking),
    // handed back cleared for the next one; concurrent queries make their own.
    private QueryScratch? _spare;

    private sealed class QueryScratch
    {
        public readonly TokenMatchMemo Memo = new();
        public readonly List<int> Candidates = new(64);
        public readonly List<(int Entry, IndexedName Name, NameComparison Comparison)> Best = new(64);
        public readonly List<(int Best, ScreeningHit Hit)> Ranked = new(64);

        public void Clear()
        {
            Memo.Clear();
            Candidates.Clear();
            Best.Clear();
            Ranked.Clear();
        }
    }

    /// <summary>Indexes the entries of <paramref name="lists"/>.</summary>
    public Screener(IEnumerable<SanctionsList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _entries = lists.SelectMany(l => l.Entries).ToArray();
        var texts = new List<(int Entry, string Text, bool Primary, bool Weak)>(_entries.Length * 3);
        for (int e = 0; e < _entries.Length; e++)
        {
            texts.Add((e, _entries[e].Name, true, false));
            foreach (var alias in _entries[e].Aliases) texts.Add((e, alias, false, false));
            foreach (var alias in _entries[e].WeakAliases) texts.Add((e, alias, false, true));
        }
        // Normalising tens of thousands of names is the bulk of start-up; it parallelises cleanly.
        var normalized = new NormalizedName[texts.Count];
        Parallel.For(0, texts.Count, i => normalized[i] = NameNormalizer.Normalize(texts[i].Text));
        var tokenIds = ShareTokens(normalized);

        var drafts = new List<(int Entry, string Text, NormalizedName Name, bool Primary, bool Weak, int[] Ids)>(texts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Count; i++)
        {
            if (i == 0 || texts[i].Entry != texts[i - 1].Entry) seen.Clear();
            if (normalized[i].RequiredCount == 0) continue;
            // One entry often lists the same name in several spellings that normalise alike.
            if (seen.Add(string.Join(' ', normalized[i].Tokens.Select(t => t.Text))))
                drafts.Add((texts[i].Entry, texts[i].Text, normalized[i], texts[i].Primary, texts[i].Weak, tokenIds[i]));
        }
        _weights = BuildWeights(drafts.Select(d => d.Name).ToList());
        _names = drafts.Select(d => new IndexedName(d.Entry, d.Text, d.Name, d.Primary, d.Weak, _weights.Weights(d.Name), d.Ids)).ToArray();
        _peopleIds = Enumerable.Range(0, _names.Length).Where(i => _entries[_names[i].Entry].IsIndividual).ToArray();
        _otherIds = Enumerable.Range(0, _names.Length).Where(i => !_entries[_names[i].Entry].IsIndividual).ToArray();
        _people = new CandidateIndex(_peopleIds.Select(i => _names[i]).ToArray());
        _others = new CandidateIndex(_otherIds.Select(i => _names[i]).ToArray());
    }

    /// <summary>Number of entries indexed.</summary>
    public int EntryCount => _entries.Length;

    /// <summary>Number of distinct names (primary names and aliases) indexed.</summary>
    public int NameCount => _names.Length;

    /// <summary>
    /// The entries the query's name may refer to, best first (confirmed matches before possible
    /// ones). A one-word name gives no hits; a person is never matched with an organisation,
    /// vessel or aircraft, nor an organisation with a person.
    /// </summary>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (max <= 0) return [];
        var queryName = NameNormalizer.Normalize(query.Name);
        if (queryName.RequiredCount < 2 || queryName.WordCount < 2) return [];

        var queryWeights = _weights.Weights(queryName);
        // A scratch left half-written by an exception is dropped rather than handed on.
        var scratch = Interlocked.Exchange(ref _spare, null) ?? new QueryScratch();
        var hits = Screen(query, max, queryName, queryWeights, scratch);
        scratch.Clear();
        Interlocked.Exchange(ref _spare, scratch);
        return hits;
    }

    private IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int max, NormalizedName queryName, double[] queryWeights, QueryScratch scratch)
    {
        var kind = KindOf(query.Kind);
        // Best comparison per entry, in first-seen order. Candidates are capped per index, so a
        // linear search beats hashing.
        var best = scratch.Best;
        var candidates = scratch.Candidates;
        if (kind != QueryKind.NonPerson)
        {
            _people.Candidates(queryName, candidates);
            CompareAll(candidates, _peopleIds, queryName, queryWeights, scratch.Memo, best);
            candidates.Clear();
        }
        if (kind != QueryKind.Person)
        {
            _others.Candidates(queryName, candidates);
            CompareAll(candidates, _otherIds, queryName, queryWeights, scratch.Memo, best);
        }
        if (best.Count == 0) return [];

        // Rank on status and score alone; only the hits returned get their reasons written.
        var ranked = scratch.Ranked;
        for (int b = 0; b < best.Count; b++)
        {
            var (entry, name, comparison) = best[b];
            ranked.Add((b, HitAssessor.Assess(query, queryName, queryWeights, _entries[entry], name, comparison, withReasons: false)));
        }
        // Confirmed matches first, then by score; list and id make the order stable.
        ranked.Sort(static (a, b) =>
        {
            ScreeningHit x = a.Hit, y = b.Hit;
            int c = (y.Status == ScreeningHit.Match).CompareTo(x.Status == ScreeningHit.Match);
            if (c == 0) c = y.Score.CompareTo(x.Score);
            if (c == 0) c = string.CompareOrdinal(x.Entry.List, y.Entry.List);
            return c != 0 ? c : string.CompareOrdinal(x.Entry.EntryId, y.Entry.EntryId);
        });
        var hits = new List<ScreeningHit>(Math.Min(max, ranked.Count));
        for (int i = 0; i < ranked.Count && i < max; i++)
        {
            var (entry, name, comparison) = best[ranked[i].Best];
            hits.Add(HitAssessor.Assess(query, queryName, queryWeights, _entries[entry], name, comparison, withReasons: true));
        }
        return hits;
    }

    /// <summary>The candidate names a query would be compared with (for profiling the two stages apart).</summary>
    internal int CandidateCount(ScreeningQuery query)
    {
        var queryName = NameNormalizer.Normalize(query.Name);
        if (queryName.RequiredCount < 2) return 0;
        var kind = KindOf(query.Kind);
        var candidates = new List<int>();
        if (kind != QueryKind.NonPerson) _people.Candidates(queryName, candidates);
        if (kind != QueryKind.Person) _others.Candidates(queryName, candidates);
        return candidates.Count;
    }

    // Compares the query with each candidate (local ids of one index) and keeps each entry's best match.
    private void CompareAll(List<int> candidates, int[] ids, NormalizedName queryName, double[] queryWeights,
        TokenMatchMemo memo, List<(int Entry, IndexedName Name, NameComparison Comparison)> best)
    {
        foreach (var local in candidates)
        {
            var name = _names[ids[local]];
            var c = NameComparer.Compare(queryName, queryWeights, name.Name, name.Weights, matchesOnly: true, memo, name.TokenIds);
            if (!c.IsMatch) continue;
            // Searched in place: the list's indexer would copy each element.
            var found = CollectionsMarshal.AsSpan(best);
            int at = found.Length - 1;
            while (at >= 0 && found[at].Entry != name.Entry) at--;
            if (at < 0) best.Add((name.Entry, name, c));
            else if (Better(c, name, found[at].Comparison, found[at].Name)) found[at] = (name.Entry, name, c);
        }
    }

    private static bool Better(NameComparison c, IndexedName name, NameComparison prev, IndexedName prevName)
    {
        if (c.Score != prev.Score) return c.Score > prev.Score;
        if (name.Weak != prevName.Weak) return !name.Weak;
        return name.Primary && !prevName.Primary;
    }

    // PERSON only meets individuals; ORG and LOC only meet the rest; anything else meets all.
    private enum QueryKind { Person, NonPerson, Any }

    private static QueryKind KindOf(string? kind) => kind?.Trim().ToUpperInvariant() switch
    {
        "PERSON" or "PER" => QueryKind.Person,
        "ORG" or "ORGANIZATION" or "ORGANISATION" or "LOC" or "GPE" or "FAC" => QueryKind.NonPerson,
        _ => QueryKind.Any,
    };

    // Identical tokens become one object: the names hold far fewer distinct tokens than token
    // occurrences, so screening keeps touching the same few (cached) objects, and memory shrinks.
    // Each shared token gets a number (returned per name and position) under which a query
    // remembers its comparison with it.
    private static int[][] ShareTokens(NormalizedName[] names)
    {
        var pool = new Dictionary<(string, TokenKind, bool, bool, bool), (NameToken Token, int Id)>();
        var ids = new int[names.Length][];
        for (int n = 0; n < names.Length; n++)
        {
            var tokens = names[n].Tokens;
            ids[n] = new int[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                var key = (t.Text, t.Kind, t.Abjad, t.Cjk, t.FollowsFilial);
                if (pool.TryGetValue(key, out var shared)) tokens[i] = shared.Token;
                else pool.Add(key, shared = (t, pool.Count));
                ids[n][i] = shared.Id;
            }
        }
        return ids;
    }

    // Token document frequencies over all indexed names: rare tokens weigh more.
    private static TokenWeights BuildWeights(List<NormalizedName> names)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            seen.Clear();
            foreach (var t in n.Tokens)
                if (t.IsWord && seen.Add(t.Text)) df[t.Text] = df.GetValueOrDefault(t.Text) + 1;
        }
        return new TokenWeights(df.ToFrozenDictionary(StringComparer.Ordinal), names.Count);
    }
}

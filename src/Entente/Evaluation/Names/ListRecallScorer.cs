using Entente.Sanctions;

namespace Entente.Evaluation.Names;

/// <summary>
/// Recall of screening on yente's UN positives: each row of the untreated file names a UN-listed
/// person as the list writes it, and the treated file has the same rows with typos and reshuffles.
/// A row's entry is the list entry with the same name (tokens in any order); rows whose entry cannot
/// be identified (delisted since, renamed) are left out and counted.
/// </summary>
public sealed class ListRecallScorer
{
    private const int MaxHits = 10;
    private readonly Screener _screener;
    private readonly Dictionary<string, List<string>> _entriesByName = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>?> _expected = [];

    /// <summary>Indexes <paramref name="lists"/> and identifies each untreated row's entry.</summary>
    public ListRecallScorer(IReadOnlyList<SanctionsList> lists, string untreatedPath)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _screener = new Screener(lists);
        foreach (var entry in lists.SelectMany(l => l.Entries))
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = Key(name);
                if (!_entriesByName.TryGetValue(key, out var ids)) _entriesByName[key] = ids = [];
                if (!ids.Contains(Id(entry))) ids.Add(Id(entry));
            }
        foreach (var row in NameCsv.Read(untreatedPath))
            _expected.Add(_entriesByName.TryGetValue(Key(row.GetValueOrDefault("full_name", "")), out var ids) ? [.. ids] : null);
    }

    /// <summary>Screens every row of <paramref name="path"/> (the untreated file or its treated twin, row for row).</summary>
    public RecallScore Score(string path, Func<string, string?> country)
    {
        var rows = NameCsv.Read(path);
        int resolved = 0, match = 0, possible = 0;
        var misses = new List<string>();
        for (int i = 0; i < rows.Count && i < _expected.Count; i++)
        {
            if (_expected[i] is not { } expected) continue;
            resolved++;
            var query = PersonRecord.Query(rows[i], country);
            var hits = _screener.Screen(query, MaxHits).Where(h => expected.Contains(Id(h.Entry))).ToList();
            if (hits.Any(h => h.Status == ScreeningHit.Match)) match++;
            else if (hits.Count > 0) possible++;
            else if (misses.Count < 8) misses.Add(query.Name);
        }
        return new RecallScore(Path.GetFileName(path), rows.Count, resolved, match, possible, misses);
    }

    private static string Id(SanctionsEntry e) => e.List + ":" + e.EntryId;

    // Upper-case letters and digits of each word, words sorted: "SALEK, ABDULHAI" = "ABDULHAI SALEK".
    private static string Key(string name)
    {
        var words = name.Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant()
            .Split((char[])[' ', ',', '-', '.', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0).Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}

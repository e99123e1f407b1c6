using System.Globalization;
using System.Text;

namespace Entente.Sanctions;

/// <summary>
/// Turns a name match into a hit: "match" only when the name matches strongly, nothing the text
/// says contradicts the entry (birth year more than a year off, a country the entry does not
/// have, the other gender), and — for short or common names — something supports it (same
/// country, birth year, or a shared phrase between the role and the entry's title or remarks).
/// </summary>
internal static class HitAssessor
{
    // Total weight of matched query tokens a name needs to stand without supporting evidence.
    private const double DistinctiveName = 1.7;

    // Name score below which a hit stays "possible" whatever the evidence (e.g. two of four names).
    private const double StrongName = 0.88;

    /// <summary>
    /// Assesses one entry's best name comparison; <paramref name="queryWeights"/> are the weights of
    /// the query's tokens. Without reasons the hit's reason list is empty: a common name meets
    /// dozens of entries and only a few are returned; ranking needs only the status and score, and
    /// writing the reasons is most of the cost.
    /// </summary>
    public static ScreeningHit Assess(ScreeningQuery query, NormalizedName queryName, double[] queryWeights, SanctionsEntry entry,
        IndexedName matchedName, NameComparison c, bool withReasons)
    {
        // With a null list, reasons?.Add(...) skips building the text as well.
        var reasons = withReasons ? new List<string> { NameReason(queryName, matchedName, c) } : null;
        int supports = 0, contradictions = 0;

        if (query.BirthYear is int year && entry.BirthYears.Count > 0)
        {
            int closest = Closest(entry.BirthYears, year);
            if (Math.Abs(closest - year) <= 1)
            {
                supports++;
                reasons?.Add($"birth year: {year} {(closest == year ? "=" : "≈")} {closest}");
            }
            else
            {
                contradictions++;
                reasons?.Add($"birth year: {year} ≠ {closest} (different person?)");
            }
        }
        // Only ISO alpha-3 codes are compared; CAMEO-style codes such as "IGOUNO" say nothing here.
        if (query.Country?.Trim() is { Length: 3 } iso && IsLetters(iso) && entry.Countries.Count > 0)
        {
            string country = iso.ToUpperInvariant();
            if (Has(entry.Countries, country))
            {
                supports++;
                reasons?.Add($"country: {country} = {country}");
            }
            else
            {
                contradictions++;
                reasons?.Add($"country: {country} ≠ {string.Join(", ", entry.Countries)} ({Different(entry)})");
            }
        }
        if (!string.IsNullOrWhiteSpace(query.Gender) && entry.Gender != null)
        {
            if (string.Equals(query.Gender.Trim(), entry.Gender, StringComparison.OrdinalIgnoreCase))
                reasons?.Add($"gender: {entry.Gender}");
            else
            {
                contradictions++;
                reasons?.Add($"gender: {query.Gender.Trim()} ≠ {entry.Gender} (different person?)");
            }
        }
        // Without a role there is nothing to find: skip joining the (often long) remarks.
        if (!string.IsNullOrWhiteSpace(query.Role) && RoleOverlap.Find(query.Role, entry.Title + " " + entry.Remarks) is { } phrase)
        {
            supports++;
            reasons?.Add($"role: '{phrase}' appears in the entry");
        }

        bool queryComplete = c.UnmatchedA.Count == 0;
        double information = 0;
        // Indexed loops over the pairs here and below: every entry met is assessed, and an
        // enumerator over the list interface would be allocated each time.
        for (int k = 0; k < c.Pairs.Count; k++)
        {
            var p = c.Pairs[k];
            for (int i = p.AStart; i < p.AEnd; i++)
                if (queryName.Tokens[i].IsRequired) information += queryWeights[i] * p.Match.Similarity;
        }
        bool distinctive = information >= DistinctiveName && c.Score >= 0.9;
        if (!distinctive && supports == 0) reasons?.Add("name: short or common, and nothing in the text confirms it");
        else if (!distinctive && supports == 1 && c.UnmatchedB.Count > 0) reasons?.Add("name: common and incomplete, one confirmation is not enough");
        if (matchedName.Weak) reasons?.Add("name: matched a low-quality alias");

        // Arabic-script names carry no vowels: "hsyn" is Husayn or Hassan. Such a match needs more evidence.
        bool ambiguous = AmbiguousScript(queryName, matchedName.Name, c);
        if (ambiguous) reasons?.Add("name: compared without vowels (non-Latin script)");
        // A common name that also leaves out some of the entry's names ("Young Kim" / "KIM Yong Chol")
        // needs two confirmations, as does a match made without vowels.
        int needed = ambiguous ? 2 : distinctive ? 0 : c.UnmatchedB.Count > 0 ? 2 : 1;
        bool match = c.IsMatch && c.Score >= StrongName && contradictions == 0 && queryComplete && !matchedName.Weak
            && supports >= needed;
        double score = c.Score + 0.02 * supports - 0.15 * contradictions - (matchedName.Weak ? 0.05 : 0);
        score = Math.Round(Math.Clamp(score, 0, 1), 3);
        return new ScreeningHit(entry, score, match ? ScreeningHit.Match : ScreeningHit.Possible, (IReadOnlyList<string>?)reasons ?? []);
    }

    private static string Different(SanctionsEntry entry) => entry.IsIndividual ? "different person?" : "different party?";

    // The first year nearest to the query's (as MinBy would pick it), without a closure.
    private static int Closest(IReadOnlyList<int> years, int year)
    {
        int closest = years[0];
        for (int i = 1; i < years.Count; i++)
            if (Math.Abs(years[i] - year) < Math.Abs(closest - year)) closest = years[i];
        return closest;
    }

    private static bool IsLetters(string text)
    {
        foreach (char ch in text)
            if (!char.IsAsciiLetter(ch)) return false;
        return true;
    }

    private static bool Has(IReadOnlyList<string> countries, string country)
    {
        for (int i = 0; i < countries.Count; i++)
            if (string.Equals(countries[i], country, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool AmbiguousScript(NormalizedName query, NormalizedName entry, NameComparison c)
    {
        for (int k = 0; k < c.Pairs.Count; k++)
        {
            var p = c.Pairs[k];
            if (p.Match.Kind != TokenMatchKind.Transliteration) continue;
            for (int i = p.AStart; i < p.AEnd; i++)
                if (query.Tokens[i].Abjad && query.Tokens[i].Skeleton.Length <= 2) return true;
            for (int j = p.BStart; j < p.BEnd; j++)
                if (entry.Tokens[j].Abjad && entry.Tokens[j].Skeleton.Length <= 2) return true;
        }
        return false;
    }

    private static string NameReason(NormalizedName query, IndexedName matched, NameComparison c)
    {
        string label = matched.Primary ? matched.Text : $"alias '{matched.Text}'";
        if (c.UnmatchedA.Count > 0)
            return $"name: {Tokens(query, c.UnmatchedA)} not in the entry ({label})";
        // Plain loops: this runs for every returned hit.
        var spelled = new StringBuilder();
        foreach (var p in c.Pairs)
        {
            if (p.Match.Kind is TokenMatchKind.Exact || !AnyRequired(query, p.AStart, p.AEnd)) continue;
            spelled.Append(spelled.Length == 0 ? "; spelling " : ", ");
            for (int i = p.AStart; i < p.AEnd; i++) spelled.Append(query.Tokens[i].Text);
            spelled.Append('~');
            for (int j = p.BStart; j < p.BEnd; j++) spelled.Append(matched.Name.Tokens[j].Text);
        }
        if (c.UnmatchedB.Count > 0)
            return $"name: all query tokens match ({label}; entry also has {Tokens(matched.Name, c.UnmatchedB)}{spelled})";
        return $"name: all tokens match ({label}{spelled})";
    }

    private static bool AnyRequired(NormalizedName name, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (name.Tokens[i].IsRequired) return true;
        return false;
    }

    private static string Tokens(NormalizedName name, IEnumerable<int> indexes) =>
        string.Join(" ", indexes.Select(i => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Tokens[i].Text)));
}

namespace Entente.Sanctions;

/// <summary>
/// Builds one OFAC SDN list from sdn.csv plus any of alt.csv, add.csv and sdn_comments.csv.
/// Rows of the side files whose ent_num is not in sdn.csv (parties listed or delisted between
/// the files' dates) are skipped and counted.
/// </summary>
internal static class OfacListBuilder
{
    /// <summary>Display name of the list.</summary>
    public const string ListName = "OFAC SDN";

    private sealed class Draft(OfacRow row)
    {
        public readonly OfacRow Row = row;
        public readonly List<string> Aliases = [];
        public readonly List<string> AddressCountries = [];
        public string? Comments;
    }

    /// <summary>Builds the list.</summary>
    /// <param name="files">The files by part, each with its path and bytes; must contain sdn.csv.</param>
    /// <param name="countries">Country-name mapper.</param>
    /// <param name="date">List date, if known.</param>
    /// <param name="checksum">Checksum of the files.</param>
    public static SanctionsList Build(IReadOnlyDictionary<OfacPart, (string Path, byte[] Bytes)> files, CountryNames countries, DateOnly? date, string checksum)
    {
        var (sdnPath, sdnBytes) = files[OfacPart.Sdn];
        string sdnName = Path.GetFileName(sdnPath);
        var drafts = new Dictionary<int, Draft>();
        var order = new List<int>();
        foreach (var row in OfacCsvParser.Parse(sdnBytes, sdnName, 12))
        {
            int id = OfacCsvParser.EntNum(row, sdnName);
            if (drafts.TryAdd(id, new Draft(row))) order.Add(id);
        }

        int skipped = 0;
        if (files.TryGetValue(OfacPart.Alt, out var alt))
            skipped += Attach(alt, 5, drafts, (d, r) => { if (r.Fields[3] is { } name) d.Aliases.Add(name); });
        if (files.TryGetValue(OfacPart.Add, out var add))
            skipped += Attach(add, 6, drafts, (d, r) => { if (r.Fields[4] is { } country) d.AddressCountries.Add(country); });
        if (files.TryGetValue(OfacPart.Comments, out var comments))
            skipped += Attach(comments, 2, drafts, (d, r) => d.Comments += r.Fields[1]);

        var entries = new List<SanctionsEntry>(order.Count);
        foreach (var id in order) entries.Add(ToEntry(id, drafts[id], countries));
        string source = string.Join("; ", files.Values.Select(f => f.Path));
        return new SanctionsList(ListName, source, date, checksum, entries, skipped);
    }

    private static int Attach((string Path, byte[] Bytes) file, int fields, Dictionary<int, Draft> drafts, Action<Draft, OfacRow> apply)
    {
        string name = Path.GetFileName(file.Path);
        int skipped = 0;
        foreach (var row in OfacCsvParser.Parse(file.Bytes, name, fields))
        {
            if (drafts.TryGetValue(OfacCsvParser.EntNum(row, name), out var draft)) apply(draft, row);
            else skipped++;
        }
        return skipped;
    }

    private static SanctionsEntry ToEntry(int id, Draft d, CountryNames countries)
    {
        var f = d.Row.Fields;
        string name = f[1] ?? "";
        // sdn_comments.csv continues remarks cut off at the field limit, often mid-word.
        string? remarks = f[11] + d.Comments is { Length: > 0 } joined ? joined : null;
        var facts = OfacRemarks.Parse(remarks);

        var aliases = new List<string>();
        foreach (var a in d.Aliases.Concat(facts.Aliases))
            if (!aliases.Contains(a, StringComparer.OrdinalIgnoreCase) && !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
                aliases.Add(a);

        var iso = new List<string>();
        foreach (var c in facts.Countries.Concat(d.AddressCountries))
            if (countries.ToIso3(c) is { } code && !iso.Contains(code)) iso.Add(code);

        return new SanctionsEntry(ListName, id.ToString(System.Globalization.CultureInfo.InvariantCulture), name, aliases,
            Kind(f[2]), Programs(f[3]), facts.BirthYears, iso, f[4], remarks, facts.Gender);
    }

    private static string Kind(string? sdnType) => sdnType?.ToLowerInvariant() switch
    {
        "individual" => "individual",
        "vessel" => "vessel",
        "aircraft" => "aircraft",
        _ => "entity",
    };

    // "VENEZUELA] [IRAN-CON-ARMS-EO" and "[SDGT] [IRGC]" → VENEZUELA, IRAN-CON-ARMS-EO / SDGT, IRGC.
    internal static List<string> Programs(string? field)
    {
        var list = new List<string>();
        if (field == null) return list;
        foreach (var p in field.Split(['[', ']', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!list.Contains(p)) list.Add(p);
        return list;
    }
}

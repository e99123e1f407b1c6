using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Entente.Sanctions;

/// <summary>Reads the UN Security Council consolidated list (XML).</summary>
internal static class UnXmlReader
{
    /// <summary>Display name of the list.</summary>
    public const string ListName = "UN SC";

    /// <summary>True when the bytes look like the UN consolidated list (root element CONSOLIDATED_LIST).</summary>
    public static bool Sniff(byte[] bytes)
    {
        int n = Math.Min(bytes.Length, 2048);
        return System.Text.Encoding.UTF8.GetString(bytes, 0, n).Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal);
    }

    /// <summary>Parses the list; throws <see cref="SanctionsListException"/> naming the file and line.</summary>
    public static SanctionsList Read(string path, byte[] bytes, CountryNames countries, string checksum)
    {
        string fileName = Path.GetFileName(path);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
            throw new SanctionsListException($"{fileName}: empty file");

        XDocument doc;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new SanctionsListException($"{fileName} line {ex.LineNumber}: {FirstLine(ex.Message)}", ex);
        }

        var root = doc.Root;
        if (root == null || root.Name.LocalName != "CONSOLIDATED_LIST")
            throw new SanctionsListException($"{fileName} line 1: not a UN consolidated list (root element is {root?.Name.LocalName ?? "missing"})");

        DateOnly? date = null;
        if (DateTime.TryParse((string?)root.Attribute("dateGenerated"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var generated))
            date = DateOnly.FromDateTime(generated);

        var entries = new List<SanctionsEntry>();
        foreach (var e in root.Elements("INDIVIDUALS").Elements("INDIVIDUAL")) entries.Add(Entry(e, "individual", countries));
        foreach (var e in root.Elements("ENTITIES").Elements("ENTITY")) entries.Add(Entry(e, "entity", countries));
        return new SanctionsList(ListName, path, date, checksum, entries);
    }

    private static SanctionsEntry Entry(XElement e, string kind, CountryNames countries)
    {
        string name = string.Join(" ", new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(n => Text(e.Element(n))).Where(s => s != null));

        var aliases = new List<string>();
        var weak = new List<string>();
        string aliasTag = kind == "individual" ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
        foreach (var a in e.Elements(aliasTag))
        {
            if (Text(a.Element("ALIAS_NAME")) is not { } alias) continue;
            bool low = string.Equals(Text(a.Element("QUALITY")), "Low", StringComparison.OrdinalIgnoreCase);
            var target = low ? weak : aliases;
            if (!target.Contains(alias)) target.Add(alias);
        }
        foreach (var original in e.Elements("NAME_ORIGINAL_SCRIPT"))
            if (Text(original) is { } s && !aliases.Contains(s)) aliases.Add(s);

        var years = new List<int>();
        foreach (var dob in e.Elements("INDIVIDUAL_DATE_OF_BIRTH")) AddYears(dob, years);

        var iso = new List<string>();
        var countryNames = e.Elements("NATIONALITY").Elements("VALUE")
            .Concat(e.Elements(kind == "individual" ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS").Elements("COUNTRY"))
            .Concat(e.Elements("INDIVIDUAL_PLACE_OF_BIRTH").Elements("COUNTRY"));
        foreach (var c in countryNames)
            if (countries.ToIso3(Text(c)) is { } code && !iso.Contains(code)) iso.Add(code);

        var titles = e.Elements("DESIGNATION").Elements("VALUE").Concat(e.Elements("TITLE").Elements("VALUE"))
            .Select(Text).OfType<string>().ToList();
        var programs = Text(e.Element("UN_LIST_TYPE")) is { } p ? new List<string> { p } : [];

        return new SanctionsEntry(ListName, Text(e.Element("REFERENCE_NUMBER")) ?? Text(e.Element("DATAID")) ?? "", name, aliases,
            kind, programs, years, iso, titles.Count > 0 ? string.Join("; ", titles) : null,
            Text(e.Element("COMMENTS1")), Text(e.Element("GENDER")))
        { WeakAliases = weak };
    }

    private static void AddYears(XElement dob, List<int> years)
    {
        void Add(int y) { if (y is > 1800 and < 2100 && !years.Contains(y)) years.Add(y); }
        bool approximate = string.Equals(Text(dob.Element("TYPE_OF_DATE")), "APPROXIMATELY", StringComparison.OrdinalIgnoreCase);
        int? year = null;
        if (Text(dob.Element("DATE")) is { Length: >= 4 } date && int.TryParse(date[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int d)) year = d;
        else if (Int(dob.Element("YEAR")) is { } y) year = y;
        if (year is { } v)
        {
            Add(v);
            if (approximate) { Add(v - 1); Add(v + 1); }
        }
        if (Int(dob.Element("FROM_YEAR")) is { } from && Int(dob.Element("TO_YEAR")) is { } to)
            for (int y = from; y <= to && y - from <= 10; y++) Add(y);
    }

    private static int? Int(XElement? e) =>
        int.TryParse(Text(e), NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static string? Text(XElement? e)
    {
        string? s = e?.Value.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    // XmlException messages end with " Line 5, position 1."; the line is already in front.
    private static string FirstLine(string message)
    {
        int nl = message.IndexOfAny(['\r', '\n']);
        string first = nl < 0 ? message : message[..nl];
        int at = first.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? first[..at] : first;
    }
}

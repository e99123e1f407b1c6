using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Sanctions;

/// <summary>Facts pulled out of an OFAC remarks field.</summary>
internal sealed class OfacRemarks
{
    /// <summary>Birth years ("DOB 15 Apr 1963", "alt. DOB 1968", "DOB circa 1950", "DOB 1961 to 1963").</summary>
    public List<int> BirthYears { get; } = [];

    /// <summary>Country names from "nationality X", "citizen X" and the country of "POB …".</summary>
    public List<string> Countries { get; } = [];

    /// <summary>Names given as "a.k.a. 'X'" (also f.k.a., n.k.a.).</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>"Male" or "Female".</summary>
    public string? Gender { get; private set; }

    private static readonly Regex Dob = new(@"\bDOB\s+([^;]+)", RegexOptions.CultureInvariant);
    private static readonly Regex Year = new(@"\b(1[89]\d\d|20\d\d)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Range = new(@"\b(1[89]\d\d|20\d\d)\s+to\s+(?:\d{1,2}\s+)?(?:[A-Za-z]{3}\s+)?(1[89]\d\d|20\d\d)\b", RegexOptions.CultureInvariant);
    // A value ends at ";" or at a sentence end (". " or the final ".").
    private static readonly Regex Nationality = new(@"\b(?:nationality|citizen)\s+([^;]+?)(?=;|\.\s|\.?$)", RegexOptions.CultureInvariant);
    private static readonly Regex Pob = new(@"\bPOB\s+([^;]+?)(?=;|\.\s|\.?$)", RegexOptions.CultureInvariant);
    private static readonly Regex GenderRx = new(@"\bGender\s+(Male|Female)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Aka = new(@"\b[afn]\.k\.a\.,?\s+'([^']+)'", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Parses remarks text (null gives empty results).</summary>
    public static OfacRemarks Parse(string? remarks)
    {
        var r = new OfacRemarks();
        if (string.IsNullOrEmpty(remarks)) return r;

        foreach (Match m in Dob.Matches(remarks))
        {
            string value = m.Groups[1].Value;
            var range = Range.Match(value);
            if (range.Success)
            {
                int from = Int(range.Groups[1].Value), to = Int(range.Groups[2].Value);
                for (int y = from; y <= to && y - from <= 10; y++) r.AddYear(y);
                continue;
            }
            bool circa = value.Contains("circa", StringComparison.OrdinalIgnoreCase);
            foreach (Match y in Year.Matches(value))
            {
                int year = Int(y.Value);
                r.AddYear(year);
                // "circa 1950" may be 1949 or 1951 as well.
                if (circa) { r.AddYear(year - 1); r.AddYear(year + 1); }
            }
        }
        foreach (Match m in Nationality.Matches(remarks)) r.Countries.Add(Clean(m.Groups[1].Value));
        foreach (Match m in Pob.Matches(remarks)) r.Countries.Add(Clean(m.Groups[1].Value));
        var g = GenderRx.Match(remarks);
        if (g.Success) r.Gender = g.Groups[1].Value;
        foreach (Match m in Aka.Matches(remarks)) r.Aliases.Add(m.Groups[1].Value.Trim());
        return r;
    }

    private void AddYear(int year)
    {
        if (!BirthYears.Contains(year)) BirthYears.Add(year);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static string Clean(string value) => value.Trim().TrimEnd('.').Trim();
}

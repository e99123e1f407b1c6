using System.Collections.Frozen;

namespace Entente.Sanctions;

/// <summary>
/// Maps the country names lists use to ISO alpha-3 through the caller's country table, after
/// undoing OFAC's inverted forms ("Korea, North", "Congo, Democratic Republic of the") and the
/// UN's parenthesised ones ("Iran (Islamic Republic of)"). A few list-specific names a general
/// country table may not know ("Burma", "Palestinian", "Region: Crimea") have a fallback.
/// </summary>
internal sealed class CountryNames(Func<string, string?> countryToIso3)
{
    private static readonly FrozenDictionary<string, string> Fallback = new (string Name, string Iso)[]
    {
        ("North Korea", "PRK"), ("Democratic People's Republic of Korea", "PRK"), ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"), ("Burma", "MMR"), ("Myanmar", "MMR"), ("Russia", "RUS"),
        ("Russian Federation", "RUS"), ("Iran", "IRN"), ("Islamic Republic of Iran", "IRN"), ("Syria", "SYR"),
        ("Syrian Arab Republic", "SYR"), ("Venezuela", "VEN"), ("Cuba", "CUB"), ("Palestinian", "PSE"),
        ("State of Palestine", "PSE"), ("West Bank", "PSE"), ("Gaza", "PSE"), ("Crimea", "UKR"),
        ("Democratic Republic of the Congo", "COD"), ("Republic of the Congo", "COG"), ("Congo", "COG"),
        ("Cote d Ivoire", "CIV"), ("Ivory Coast", "CIV"), ("The Gambia", "GMB"), ("Gambia", "GMB"),
        ("The Bahamas", "BHS"), ("Bahamas", "BHS"), ("Macau", "MAC"), ("Hong Kong", "HKG"), ("Taiwan", "TWN"),
        ("Laos", "LAO"), ("Vietnam", "VNM"), ("Viet Nam", "VNM"), ("Kosovo", "XKX"), ("Turkey", "TUR"),
        ("Türkiye", "TUR"), ("Bolivia", "BOL"), ("Tanzania", "TZA"), ("United Republic of Tanzania", "TZA"),
        ("Moldova", "MDA"), ("Cabo Verde", "CPV"), ("United Kingdom", "GBR"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"), ("United States", "USA"),
        ("United States of America", "USA"), ("Brunei", "BRN"), ("North Macedonia", "MKD"),
        ("Czech Republic", "CZE"), ("British Virgin Islands", "VGB"), ("Isle of Man", "IMN"),
        ("China, Hong Kong Special Administrative Region", "HKG"), ("Sudan", "SDN"), ("South Sudan", "SSD"),
        ("China", "CHN"), ("Afghanistan", "AFG"), ("Iraq", "IRQ"), ("Libya", "LBY"), ("Yemen", "YEM"),
        ("Somalia", "SOM"), ("Lebanon", "LBN"), ("Belarus", "BLR"), ("Nicaragua", "NIC"), ("Mali", "MLI"),
        ("Central African Republic", "CAF"), ("Haiti", "HTI"), ("Zimbabwe", "ZWE"), ("Eritrea", "ERI"),
    }.ToFrozenDictionary(p => p.Name, p => p.Iso, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>The ISO alpha-3 code of a list's country name, or null.</summary>
    public string? ToIso3(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (_cache.TryGetValue(name, out var cached)) return cached;
        string? iso = null;
        foreach (var candidate in Candidates(name))
        {
            iso = Valid(countryToIso3(candidate)) ?? (Fallback.TryGetValue(candidate, out var f) ? f : null);
            if (iso != null) break;
        }
        _cache[name] = iso;
        return iso;
    }

    private static string? Valid(string? iso) =>
        iso is { Length: 3 } && iso.All(char.IsAsciiLetter) ? iso.ToUpperInvariant() : null;

    /// <summary>Readings of a list's country name, most literal first.</summary>
    internal static IEnumerable<string> Candidates(string raw)
    {
        string name = raw.Trim().TrimEnd('.').Trim();
        foreach (var prefix in new[] { "Region:", "possibly", "alt." })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) name = name[prefix.Length..].Trim();
        if (name.Length == 0) yield break;
        yield return name;

        // "Iran (Islamic Republic of)" → "Iran", "Islamic Republic of Iran".
        int paren = name.IndexOf('(');
        if (paren > 0 && name.EndsWith(')'))
        {
            string head = name[..paren].Trim(), inner = name[(paren + 1)..^1].Trim();
            yield return head;
            yield return inner + " " + head;
        }

        var parts = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) yield break;
        // "Korea, North" → "North Korea"; "Congo, Democratic Republic of the" → "Democratic Republic of the Congo".
        yield return parts[1] + " " + parts[0];
        if (parts[1].StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            yield return parts[1][4..] + " " + parts[0];
        yield return parts[0];
        // Birthplaces: "Caracas, Venezuela", "Pyongyang, Korea, North".
        yield return parts[^1];
        if (parts.Length >= 3)
        {
            yield return parts[^1] + " " + parts[^2];
            yield return parts[^2] + ", " + parts[^1];
        }
    }
}

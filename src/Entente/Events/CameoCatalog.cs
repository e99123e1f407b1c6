using System.Collections.Frozen;
using System.Globalization;
using Entente.Knowledge;

namespace Entente.Events;

/// <summary>The CAMEO code table, loaded once from <c>cameo.tsv</c>. Read-only and thread-safe.</summary>
public sealed class CameoCatalog
{
    private readonly FrozenDictionary<string, CameoCode> _codes;

    private CameoCatalog(FrozenDictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The built-in table.</summary>
    public static CameoCatalog Load() => new(ResourceFiles.ReadRows("cameo.tsv").Select(r => new CameoCode(
            r["code"], r["name"], double.Parse(r["goldstein"], CultureInfo.InvariantCulture),
            int.Parse(r["quad"], CultureInfo.InvariantCulture), r.Optional("plover"), r.Optional("mode")))
        .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal));

    /// <summary>This table plus codes it lacks (a user's verb dictionary may use its own, "1951" or "345"): each takes
    /// the weights and PLOVER type of its nearest listed parent, or none.</summary>
    public CameoCatalog With(IEnumerable<string> codes)
    {
        var extra = codes.Where(c => !_codes.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
        if (extra.Count == 0)
        {
            return this;
        }
        var all = new Dictionary<string, CameoCode>(_codes, StringComparer.Ordinal);
        foreach (var code in extra)
        {
            all[code] = Find(code) is { } parent
                ? parent with { Code = code, Name = parent.Name + " (user code " + code + ")", UserDefined = true }
                : new CameoCode(code, "user code " + code, 0, 0, null, null) { UserDefined = true };
        }
        return new CameoCatalog(all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Number of codes.</summary>
    public int Count => _codes.Count;

    /// <summary>The code, or its nearest listed parent ("0431" → "043" → "04").</summary>
    public CameoCode? Find(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (_codes.TryGetValue(c, out var found))
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>True when the exact code is listed.</summary>
    public bool Contains(string code) => _codes.ContainsKey(code);
}

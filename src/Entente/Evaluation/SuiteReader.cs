using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Evaluation;

/// <summary>Reads the PETRARCH validation XML suites and the PLOVER gold-standard JSON the same way the
/// independent scorer (../shared/tools/score_suite.py) does, so Entente's own figures can be compared.</summary>
public static partial class SuiteReader
{
    private static readonly Dictionary<string, string> CameoToIso = new(StringComparer.Ordinal)
    {
        ["ROM"] = "ROU",
        ["ZAR"] = "COD",
        ["TMP"] = "TLS",
        ["SER"] = "SRB",
        ["YUG"] = "SRB",
        ["BUR"] = "MMR",
    };

    private static readonly Dictionary<string, string> PloverRenamed = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    };

    /// <summary>True when the file is the PLOVER gold standard rather than a PETRARCH suite.</summary>
    public static bool IsPlover(string path) =>
        Path.GetFileName(path).Contains("PLOVER", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads either kind of suite.</summary>
    public static List<SuiteCase> Read(string path) => IsPlover(path) ? ReadPlover(path) : ReadPetrarch(path);

    /// <summary>The country part of a CAMEO actor code ("GUYJUD" → "GUY"; "---" for none).</summary>
    public static string Country(string? code)
    {
        var c = (code ?? "").Trim().Trim('"').ToUpperInvariant();
        c = c.Length > 3 ? c[..3] : c;
        return c.Length == 0 || c == "---" ? "---" : CameoToIso.GetValueOrDefault(c, c);
    }

    private static List<SuiteCase> ReadPetrarch(string path)
    {
        var raw = Comments().Replace(File.ReadAllText(path), "");
        var at = raw.IndexOf("<Sentences>", StringComparison.Ordinal);
        raw = at >= 0 ? raw[(at + "<Sentences>".Length)..] : raw;
        var cases = new List<SuiteCase>();
        foreach (var block in SentenceStart().Split(raw).Skip(1))
        {
            var head = SentenceHead().Match(block);
            if (!head.Success)
            {
                continue;
            }
            var attrs = Attributes().Matches(head.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            if (attrs.GetValueOrDefault("evaluate", "true").Equals("false", StringComparison.OrdinalIgnoreCase)
                || attrs.GetValueOrDefault("sentence", "true").Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var text = TextElement().Match(block);
            if (!text.Success)
            {
                continue;
            }
            var expected = new List<(string, string, string)>();
            var noEvent = false;
            foreach (Match ec in EventCoding().Matches(block))
            {
                var a = CodingAttributes().Matches(ec.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                if (a.GetValueOrDefault("noevents", "").Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    noEvent = true;
                }
                else if (a.TryGetValue("eventcode", out var code))
                {
                    expected.Add((Country(a.GetValueOrDefault("sourcecode")), Country(a.GetValueOrDefault("targetcode")), code.Trim()));
                }
            }
            if (expected.Count == 0 && !noEvent)
            {
                continue;
            }
            var id = attrs.GetValueOrDefault("id", "case");
            if (cases.Any(c => c.Id == id))
            {
                id = $"{id}#{cases.Count}";
            }
            cases.Add(new SuiteCase(id, attrs.GetValueOrDefault("category", ""), string.Join(' ', text.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
                ParseDate(attrs.GetValueOrDefault("date")), [.. expected.Distinct().Order()], []));
        }
        return cases;
    }

    private static List<SuiteCase> ReadPlover(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var byText = new Dictionary<string, (string Id, DateOnly? Date, List<PloverGold> Gold)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            var evt = Str(r, "event");
            var text = Str(r, "text");
            if (string.IsNullOrEmpty(evt) || string.IsNullOrEmpty(text))
            {
                continue;
            }
            if (!byText.TryGetValue(text, out var entry))
            {
                entry = ($"plover{byText.Count}", ParseDate(Str(r, "date")), []);
                byText[text] = entry;
                order.Add(text);
            }
            entry.Gold.Add(new PloverGold(PloverRenamed.GetValueOrDefault(evt, evt), Countries(r, "source"), Countries(r, "target")));
        }
        return [.. order.Select(t => new SuiteCase(byText[t].Id, "", t, byText[t].Date, [], byText[t].Gold))];
    }

    private static HashSet<string> Countries(JsonElement r, string name) =>
        r.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Country(Str(a, "code")))]
            : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? ParseDate(string? d)
    {
        d = d?.Trim();
        if (string.IsNullOrEmpty(d))
        {
            return null;
        }
        if (d.Length == 8 && DateOnly.TryParseExact(d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a))
        {
            return a;
        }
        return d.Length >= 10 && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) ? b : null;
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?=<Sentence\s)")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"^<Sentence\s([^>]*)>")]
    private static partial Regex SentenceHead();

    [GeneratedRegex("(\\w+)\\s*=\\s*\"([^\"]*)\"")]
    private static partial Regex Attributes();

    [GeneratedRegex("<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<EventCoding\s([^>]*)/?>")]
    private static partial Regex EventCoding();

    [GeneratedRegex("(\\w+)\\s*=\\s*[\"']([^\"']*)[\"']")]
    private static partial Regex CodingAttributes();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Knowledge;

/// <summary>Reads PETRARCH/Phoenix actor and agent dictionaries (the formats of the PETRARCH validation
/// suites and the Phoenix dictionaries): <c>NAME [CODE]</c>, synonyms on <c>+NAME</c> lines, dated codes
/// (<c>[CODE &lt; 950601]</c>, <c>[CODE 19950601 - 19990815]</c>, <c>[CODE &gt; 990816]</c>), agents as
/// <c>NAME {PLURAL} [~SECTOR]</c> with <c>!MACRO! = A, B</c> substitutions, underscores for spaces.</summary>
public static partial class PetrarchDictionary
{
    /// <summary>True when the file looks like a PETRARCH dictionary rather than Entente TSV.</summary>
    public static bool Recognise(string path)
    {
        foreach (var line in File.ReadLines(path).Take(200))
        {
            var t = line.Trim();
            if (t.Length == 0 || t.StartsWith('#') || t.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }
            if (t.Contains('\t', StringComparison.Ordinal) && !t.Contains('[', StringComparison.Ordinal))
            {
                return false; // a TSV header
            }
            if (CodeBlock().IsMatch(t) || t.StartsWith('+') || t.StartsWith('!'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the dictionary holds agents (codes written with ~).</summary>
    public static bool IsAgents(string path) => File.ReadLines(path).Any(l => AgentCode().IsMatch(StripComment(l)));

    /// <summary>Reads an actor dictionary into organisations of type ACTOR (code = country + sector).</summary>
    public static List<Organisation> ReadActors(string path)
    {
        var result = new List<Organisation>();
        var name = Path.GetFileName(path);
        string? head = null;
        var aliases = new List<string>();
        var codes = new List<DatedCode>();
        var headLine = 0;
        void Flush()
        {
            if (head is not null && codes.Count > 0)
            {
                var plain = codes.FirstOrDefault(c => c.From is null && c.To is null) ?? codes[^1];
                var code = plain.Code;
                // "THE_SHIRE": news writes "the Shire" with a lower-case article, so the name also stands without it.
                var names = aliases.Prepend(head).ToList();
                var bare = names.Where(n => n.StartsWith("THE ", StringComparison.OrdinalIgnoreCase) && n.Length > 4).Select(n => n[4..]);
                result.Add(new Organisation($"petrarch:{name}:{headLine}", head, [.. aliases, .. bare.Where(b => !names.Contains(b, StringComparer.OrdinalIgnoreCase))], "ACTOR", code.Length >= 3 ? code[..3] : code,
                    code, code.Length > 3 ? code[3..] : "", $"{name}:{headLine}")
                {
                    DatedCodes = [.. codes.Where(c => c.From is not null || c.To is not null)],
                    FromPetrarch = true,
                });
            }
            head = null;
            aliases.Clear();
            codes.Clear();
        }
        foreach (var (lineNumber, line, text) in ContentLines(path))
        {
            var indented = char.IsWhiteSpace(line[0]);
            var trimmed = text.Trim();
            if (trimmed.StartsWith('+'))
            {
                aliases.Add(Words(trimmed[1..]));
                continue;
            }
            if (indented && trimmed.StartsWith('['))
            {
                codes.AddRange(Codes(trimmed, name, lineNumber));
                continue;
            }
            Flush();
            var open = trimmed.IndexOf('[', StringComparison.Ordinal);
            head = Words(open >= 0 ? trimmed[..open] : trimmed);
            headLine = lineNumber;
            if (open >= 0)
            {
                codes.AddRange(Codes(trimmed[open..], name, lineNumber));
            }
        }
        Flush();
        return result;
    }

    /// <summary>Reads an agent dictionary: each entry's singular and plural, and its sector.</summary>
    public static List<Agent> ReadAgents(string path)
    {
        var name = Path.GetFileName(path);
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var agents = new List<Agent>();
        foreach (var (lineNumber, _, content) in ContentLines(path))
        {
            var text = content.Trim();
            var macro = MacroDefinition().Match(text);
            if (macro.Success)
            {
                macros[macro.Groups[1].Value] = [.. macro.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                continue;
            }
            var entry = AgentEntry().Match(text);
            if (!entry.Success)
            {
                continue;
            }
            var sector = entry.Groups["code"].Value.Replace("~", "", StringComparison.Ordinal).Trim();
            var plural = entry.Groups["plural"];
            foreach (var form in Expand(entry.Groups["name"].Value.Trim(), macros))
            {
                var terms = new List<string> { Words(form).ToLowerInvariant() };
                if (plural.Success && plural.Value.Trim().Length > 0)
                {
                    terms.Add(Words(plural.Value).ToLowerInvariant());
                }
                else if (plural.Success)
                {
                    terms.Add(terms[0] + "s");
                }
                agents.Add(new Agent(terms, sector, "group", $"{name}:{lineNumber}"));
            }
        }
        return agents;
    }

    /// <summary>The lines that carry content: XML comment blocks and # comments removed, blank lines skipped.</summary>
    private static IEnumerable<(int Number, string Line, string Text)> ContentLines(string path)
    {
        var number = 0;
        var inComment = false;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw;
            if (SkipXmlComment(ref line, ref inComment))
            {
                continue;
            }
            var text = StripComment(line);
            if (text.Trim().Length > 0)
            {
                yield return (number, line, text);
            }
        }
    }

    private static IEnumerable<string> Expand(string form, Dictionary<string, string[]> macros)
    {
        var m = MacroUse().Match(form);
        if (!m.Success || !macros.TryGetValue(m.Value, out var values))
        {
            return [form];
        }
        return values.SelectMany(v => Expand(form[..m.Index] + v + form[(m.Index + m.Length)..], macros));
    }

    private static IEnumerable<DatedCode> Codes(string text, string file, int line)
    {
        foreach (Match m in CodeBlock().Matches(text))
        {
            var body = m.Groups[1].Value.Trim();
            var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }
            // "[FRO/BIL/SAM]": several codes for one name; the first is the name's own.
            var code = parts[0].Split('/', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
            var rest = string.Join(' ', parts.Skip(1));
            if (rest.StartsWith('<'))
            {
                yield return new DatedCode(code, null, Date(rest[1..], file, line));
            }
            else if (rest.StartsWith('>'))
            {
                yield return new DatedCode(code, Date(rest[1..], file, line), null);
            }
            else if (rest.Contains('-', StringComparison.Ordinal))
            {
                var range = rest.Split('-', StringSplitOptions.TrimEntries);
                yield return new DatedCode(code, Date(range[0], file, line), Date(range[1], file, line));
            }
            else
            {
                yield return new DatedCode(code, null, null);
            }
        }
    }

    private static DateOnly Date(string value, string file, int line)
    {
        var v = value.Trim();
        if (v.Length == 6 && int.TryParse(v[..2], CultureInfo.InvariantCulture, out var yy))
        {
            v = (yy > 30 ? "19" : "20") + v; // PETRARCH's two-digit years
        }
        return DateOnly.TryParseExact(v, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new KnowledgeFileException($"{file} line {line}: '{value}' is not a date (YYMMDD or YYYYMMDD)");
    }

    private static string Words(string s) => string.Join(' ', s.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static bool SkipXmlComment(ref string line, ref bool inComment)
    {
        if (inComment)
        {
            var end = line.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return true;
            }
            inComment = false;
            line = line[(end + 3)..];
        }
        var start = line.IndexOf("<!--", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = line.IndexOf("-->", start, StringComparison.Ordinal);
            if (end < 0)
            {
                inComment = true;
                line = line[..start];
            }
            else
            {
                line = line[..start] + line[(end + 3)..];
            }
        }
        return line.Trim().Length == 0;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\[\s*~|~\s*\]")]
    private static partial Regex AgentCode();

    [GeneratedRegex(@"^(![A-Z]+!)\s*=\s*(.+)$")]
    private static partial Regex MacroDefinition();

    [GeneratedRegex(@"![A-Z]+!")]
    private static partial Regex MacroUse();

    [GeneratedRegex(@"^(?<name>[^\[{]+?)\s*(\{(?<plural>[^}]*)\})?\s*\[(?<code>[^\]]*)\]")]
    private static partial Regex AgentEntry();
}

using System.Text.RegularExpressions;

namespace Entente.Knowledge;

/// <summary>Reads a PETRARCH/TABARI verb dictionary into Entente event patterns (rows of <c>code</c>, <c>pattern</c>,
/// <c>flags</c>): synsets (<c>&amp;NAME</c> with <c>+WORD</c> lines), verb blocks (<c>--- VERB [CODE] ---</c>, the verbs
/// and their forms, then pattern lines <c>- * WORDS + [CODE]</c>).</summary>
/// <remarks>What Entente's pattern language cannot say is left out: words before the verb, a source inside the
/// pattern, codes that are not CAMEO numbers ("---", "+++"). A pattern without <c>+</c> takes its target after its
/// words; <c>^</c> is a gap; <c>%</c> (a compound subject acting on itself) becomes the <c>reciprocal</c> flag; a paired
/// code <c>[042:043]</c> codes 042 and, from the target back to the source, 043 (flag <c>reverse=043</c>).</remarks>
public static partial class PetrarchVerbs
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "HAVE", "HAS", "HAD", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "HAVE_BEEN", "HAS_BEEN",
    };

    private static readonly Dictionary<string, int> Columns = new(StringComparer.Ordinal) { ["code"] = 0, ["pattern"] = 1, ["flags"] = 2 };

    /// <summary>True when the file holds PETRARCH verb blocks ("--- VERB [CODE] ---").</summary>
    public static bool Recognise(string path) => File.Exists(path) && File.ReadLines(path).Take(5000).Any(l => BlockHeader().IsMatch(l));

    /// <summary>The patterns of the dictionary, as pattern rows.</summary>
    public static List<TsvRow> ReadRows(string path)
    {
        var name = Path.GetFileName(path);
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rows = new List<TsvRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<string>? synset = null;
        string? blockCode = null;
        var blockBlock = "";
        var verbs = new List<(string[] Words, string? Code)>();
        var lines = Content(path).ToList();
        // Synsets first: a block may use one defined further down.
        foreach (var (_, text) in lines)
        {
            if (text.StartsWith('&'))
            {
                var key = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
                synset = synsets.TryGetValue(key, out var existing) ? existing : synsets[key] = [];
            }
            else if (synset is not null && text.StartsWith('+'))
            {
                synset.Add(text[1..].Trim());
            }
            else
            {
                synset = null;
            }
        }
        void Add(string code, string pattern, string flags, int line)
        {
            if (seen.Add(code + "\t" + pattern + "\t" + flags))
            {
                rows.Add(new TsvRow(name, line, Columns, [code, pattern, flags]));
            }
        }
        var inBlock = false;
        var inSynset = false;
        foreach (var (line, text) in lines)
        {
            var header = BlockHeader().Match(text);
            if (header.Success)
            {
                blockBlock = header.Groups[1].Value;
                blockCode = Code(blockBlock);
                verbs.Clear();
                inBlock = true;
                inSynset = false;
                continue;
            }
            if (text.StartsWith('&'))
            {
                inSynset = true;
                continue;
            }
            if (inSynset && text.StartsWith('+'))
            {
                continue;
            }
            inSynset = false;
            if (!inBlock)
            {
                continue;
            }
            if (text.StartsWith('-'))
            {
                var m = PatternLine().Match(text);
                if (!m.Success || Code(m.Groups[2].Value) is not { } code)
                {
                    continue;
                }
                var back = Reverse(m.Groups[2].Value);
                foreach (var (words, _) in verbs)
                {
                    foreach (var converted in Patterns(words, m.Groups[1].Value, synsets))
                    {
                        Add(code, converted.Pattern, Join(converted.Flags, back), line);
                    }
                }
                continue;
            }
            // A verb line: "VERB {FORMS} [CODE]" or "+PHRASAL_VERB {+FORMS}".
            var verbLine = VerbLine().Match(text);
            if (!verbLine.Success)
            {
                continue;
            }
            var phrase = verbLine.Groups["verb"].Value.TrimStart('+');
            if (phrase.Contains('+', StringComparison.Ordinal))
            {
                continue;
            }
            var verbWords = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
            var forms = verbLine.Groups["forms"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => f.TrimStart('+').Split('_')[0].ToLowerInvariant()).Where(f => f.Length > 0 && f.All(char.IsLetter)).ToList();
            if (verbWords.Length == 0 || !verbWords.All(w => w.All(c => char.IsLetter(c) || c == '-')))
            {
                continue;
            }
            // Entente inflects the verb itself; only irregular forms ("met", "broke") need saying.
            verbWords[0] = string.Join('|', forms.Where(f => !f.StartsWith(verbWords[0], StringComparison.Ordinal)).Prepend(verbWords[0]).Distinct());
            var ownBlock = verbLine.Groups["code"].Value.Length > 0 ? verbLine.Groups["code"].Value : blockBlock;
            var own = Code(ownBlock);
            verbs.Add((verbWords, own));
            if (own is not null)
            {
                Add(own, string.Join(' ', verbWords) + " ** +", Join("", Reverse(ownBlock)), line); // the target is in the verb's object phrase
            }
        }
        return rows;
    }

    /// <summary>A pattern line as Entente patterns: without an explicit target, the target may stand after the pattern's
    /// words ("clashed over the efforts of X") or right after the verb ("rebuked X over exports").</summary>
    private static IEnumerable<(string Pattern, string Flags)> Patterns(string[] verb, string body, Dictionary<string, List<string>> synsets)
    {
        if (Pattern(verb, body, synsets) is not { } converted)
        {
            yield break;
        }
        yield return converted;
        var words = converted.Pattern.Split(' ');
        if (words.Length > verb.Length + 2 && words[^1] == "+" && words[^2] == "*" && !words[verb.Length..^2].Contains("*")
            && !words[..^2].Contains("+"))
        {
            yield return (string.Join(' ', words[..verb.Length].Append("+").Concat(words[verb.Length..^2])), converted.Flags);
        }
    }

    private static (string Pattern, string Flags)? Pattern(string[] verb, string body, Dictionary<string, List<string>> synsets)
    {
        var tokens = body.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Replace("{", " ", StringComparison.Ordinal).Replace("}", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var star = tokens.IndexOf("*");
        if (star < 0 || tokens.Take(star).Any(t => t != "%" && !Auxiliaries.Contains(t)))
        {
            return null; // words before the verb cannot be said in Entente's patterns (auxiliaries aside)
        }
        var reciprocal = tokens.Contains("%");
        var parts = new List<string>(verb);
        var target = false;
        foreach (var token in tokens.Skip(star + 1))
        {
            switch (token)
            {
                case "%":
                    reciprocal = true;
                    continue;
                case "$":
                    return null;
                case "+":
                    if (target)
                    {
                        return null;
                    }
                    parts.Add("+");
                    target = true;
                    continue;
                case "^":
                    if (parts[^1] != "*")
                    {
                        parts.Add("*");
                    }
                    continue;
            }
            foreach (var piece in token.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                if (piece.StartsWith('&'))
                {
                    if (!synsets.TryGetValue(piece.ToUpperInvariant(), out var members))
                    {
                        return null;
                    }
                    var single = members.Select(w => w.TrimEnd('_')).Where(w => w.Length > 0 && w.All(c => char.IsLetter(c) || c == '-'))
                        .Select(w => w.ToLowerInvariant()).Distinct().ToList();
                    if (single.Count == 0)
                    {
                        return null;
                    }
                    parts.Add(string.Join('|', single));
                }
                else if (piece.All(c => char.IsLetter(c) || c == '-' || c == '\''))
                {
                    parts.Add(piece.ToLowerInvariant());
                }
                else
                {
                    return null;
                }
            }
        }
        if (parts.Count == verb.Length && reciprocal)
        {
            return (string.Join(' ', parts), "reciprocal");
        }
        if (!target)
        {
            parts.Add("*");
            parts.Add("+");
        }
        if (parts[^1] == "*")
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return (string.Join(' ', parts), reciprocal ? "reciprocal" : "");
    }

    /// <summary>The flag for the second code of a pair, "[042:043]" → "reverse=043": what the target does to the source.</summary>
    private static string? Reverse(string block)
    {
        var halves = block.Trim().Split(':');
        return halves.Length == 2 && Code(halves[1]) is { } second ? "reverse=" + second : null;
    }

    private static string Join(string flags, string? more) => more is null ? flags : flags.Length == 0 ? more : flags + "," + more;

    /// <summary>The first CAMEO code of a code block ("042:043" → 042); null for "---" and other non-codes.</summary>
    private static string? Code(string block)
    {
        var first = block.Trim().Split(':', ' ')[0];
        return first.Length >= 2 && char.IsDigit(first[0]) && char.IsDigit(first[1]) && first.All(char.IsLetterOrDigit) ? first : null;
    }

    private static IEnumerable<(int Line, string Text)> Content(string path)
    {
        var number = 0;
        var inComment = false;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw;
            if (inComment)
            {
                var end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }
                inComment = false;
                line = line[(end + 3)..];
            }
            var start = line.IndexOf("<!--", StringComparison.Ordinal);
            if (start >= 0)
            {
                var end = line.IndexOf("-->", start, StringComparison.Ordinal);
                inComment = end < 0;
                line = end < 0 ? line[..start] : line[..start] + line[(end + 3)..];
            }
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                yield return (number, text);
            }
        }
    }

    [GeneratedRegex(@"^-{3}\s*\S+\s*\[([^\]]*)\](\s*\[[^\]]*\])*\s*-{3}")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^-\s*(.*?)\s*\[([^\]]*)\]")]
    private static partial Regex PatternLine();

    [GeneratedRegex(@"^(?<verb>[+A-Za-z][A-Za-z_+\-']*)\s*(\{(?<forms>[^}]*)\})?\s*(\[(?<code>[^\]]*)\])?\s*$")]
    private static partial Regex VerbLine();
}

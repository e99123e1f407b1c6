using System.Collections.Frozen;
using Entente.Knowledge;
using Entente.Text;

namespace Entente.Events;

/// <summary>The event patterns, compiled and indexed by the word forms of their first element.</summary>
/// <remarks>Syntax (docs/patterns.md): words (the first is a verb lemma and is inflected unless the
/// pattern is flagged <c>noun</c>), <c>a|b</c> alternatives, <c>*</c> gap, <c>+</c> target, <c>$</c> source,
/// <c>@</c> inner source. Immutable; thread-safe.</remarks>
public sealed class PatternDictionary
{
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "to", "with", "in", "on", "of", "at", "for", "by", "from", "a", "an", "the", "into", "onto", "against", "over",
        "up", "down", "out", "off", "about", "under", "between", "its", "their", "his", "her", "back", "as", "and", "or",
        "not", "no", "be", "talks", "news", "arms", "forces", "troops", "sanctions", "relations", "ties", "is", "was",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, int> _wordIds;
    private readonly PatternCandidate[][] _startingById;

    private PatternDictionary(List<EventPattern> patterns)
    {
        Patterns = patterns;
        var byFirst = patterns
            .SelectMany(p => p.Elements[0].Words!.Select(w => (w, p)))
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.p).OrderByDescending(p => p.Specificity).ToArray(), StringComparer.Ordinal);
        // Every word of every pattern gets a number, so that the matcher can tell from a bit set, per sentence, whether a
        // pattern's words are all there before trying it.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string word) => ids.TryGetValue(word, out var id) ? id : ids[word] = ids.Count;
        foreach (var word in byFirst.Keys)
        {
            Id(word);
        }
        var candidates = patterns.ToDictionary<EventPattern, EventPattern, PatternCandidate>(p => p, p => new PatternCandidate(p,
            [.. p.Elements.Skip(1).Where(e => e.Kind == ElementKind.Literal).Select(e => e.Words!.Select(Id).ToArray())]),
            ReferenceEqualityComparer.Instance);
        _wordIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _startingById = new PatternCandidate[ids.Count][];
        foreach (var (word, id) in ids)
        {
            _startingById[id] = byFirst.TryGetValue(word, out var starting) ? [.. starting.Select(p => candidates[p])] : [];
        }
    }

    /// <summary>The number of a word used by some pattern, or -1.</summary>
    internal int WordId(string norm) => _wordIds.TryGetValue(norm, out var id) ? id : -1;

    /// <summary>Every word the patterns use, folded.</summary>
    public IEnumerable<string> Words => _wordIds.Keys;

    /// <summary>The pattern word number of each word of <paramref name="vocabulary"/> (-1 for words no pattern uses),
    /// or null when some pattern word is missing from it: then a token's number cannot tell.</summary>
    internal int[]? NumberedBy(Vocabulary vocabulary)
    {
        var byNumber = new int[vocabulary.Count + 1];
        Array.Fill(byNumber, -1);
        foreach (var (word, id) in _wordIds)
        {
            var number = vocabulary.Find(word);
            if (number == 0)
            {
                return null;
            }
            byNumber[number] = id;
        }
        return byNumber;
    }

    /// <summary>The patterns whose first word is the word numbered <paramref name="id"/>, most literal first.</summary>
    internal ReadOnlySpan<PatternCandidate> StartingWith(int id) => _startingById[id];

    /// <summary>Every pattern.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>Loads the built-in patterns plus optional user files. A PETRARCH verb dictionary among them
    /// (<see cref="PetrarchVerbs"/>) replaces the built-in patterns: it is meant as the whole verb dictionary.</summary>
    public static PatternDictionary Load(VerbForms verbs, CameoCatalog cameo, IEnumerable<string>? userFiles = null)
    {
        var files = (userFiles ?? []).ToList();
        var petrarch = files.Where(PetrarchVerbs.Recognise).ToList();
        var rows = petrarch.Count > 0 ? petrarch.SelectMany(PetrarchVerbs.ReadRows).ToList() : ResourceFiles.ReadRows("patterns.tsv");
        foreach (var file in files.Except(petrarch))
        {
            rows.AddRange(TsvReader.ReadFile(file));
        }
        var compiled = rows.Select(r => Compile(r, verbs, cameo)).ToList();
        // "clash with +" also covers "Pakistani and Afghan forces clashed" (a compound subject, no object).
        compiled.AddRange(compiled.Where(p => p.Reciprocal && !p.IsNoun && p.Elements.Length > 2 && p.Elements[^1].Kind == ElementKind.Target
                                              && p.Elements[^2].Kind == ElementKind.Literal && p.Elements[^2].Words!.Contains("with"))
            .Select(p => p with { Elements = p.Elements[..^2], Text = string.Join(' ', p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^2]) })
            .ToList());
        return new PatternDictionary(compiled);
    }

    private static readonly HashSet<string> KnownFlags = new(StringComparer.Ordinal) { "noun", "reciprocal", "subject-target", "local", "fallback" };

    /// <summary>Compiles one row; throws <see cref="KnowledgeFileException"/> naming the line when it is malformed.</summary>
    public static EventPattern Compile(TsvRow row, VerbForms verbs, CameoCatalog cameo)
    {
        var code = row["code"];
        if (!cameo.Contains(code))
        {
            throw new KnowledgeFileException($"{row.Origin}: '{code}' is not a CAMEO code in cameo.tsv");
        }
        var flags = row.Has("flags") ? row["flags"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
        var flagSet = flags.ToHashSet(StringComparer.Ordinal);
        if (flags.FirstOrDefault(f => f.StartsWith("reverse=", StringComparison.Ordinal)) is { } reverse && !cameo.Contains(reverse[8..]))
        {
            throw new KnowledgeFileException($"{row.Origin}: '{reverse[8..]}' is not a CAMEO code in cameo.tsv");
        }
        if (flags.FirstOrDefault(f => !KnownFlags.Contains(f) && !f.StartsWith("answers=", StringComparison.Ordinal)
                && !f.StartsWith("reverse=", StringComparison.Ordinal)) is { } unknown)
        {
            throw new KnowledgeFileException($"{row.Origin}: unknown flag '{unknown}'");
        }
        var parts = row["pattern"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] is "*" or "**" or "+" or "$" or "@")
        {
            throw new KnowledgeFileException($"{row.Origin}: a pattern must start with a word");
        }
        var elements = new PatternElement[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            elements[i] = parts[i] switch
            {
                "*" => new PatternElement(ElementKind.Gap),
                "**" => new PatternElement(ElementKind.Gap, Reach: PatternElement.MaxLongGap),
                "+" => new PatternElement(ElementKind.Target),
                "$" => new PatternElement(ElementKind.Source),
                "@" => new PatternElement(ElementKind.InnerSource),
                _ => new PatternElement(ElementKind.Literal, Forms(parts[i], i == 0 && !flagSet.Contains("noun"), verbs)),
            };
        }
        return new EventPattern(code, row["pattern"], elements, flagSet, row.Origin);
    }

    private static FrozenSet<string> Forms(string spec, bool verb, VerbForms verbs)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alt in spec.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Text.TextFolding.Fold(alt);
            if (verb)
            {
                forms.UnionWith(verbs.Of(word).All);
            }
            else if (FunctionWords.Contains(word) || word.Length <= 3 || word.EndsWith("ing", StringComparison.Ordinal))
            {
                forms.Add(word);
            }
            else
            {
                forms.UnionWith(VerbForms.NounForms(word));
            }
        }
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }
}

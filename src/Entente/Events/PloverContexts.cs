using System.Collections.Frozen;
using Entente.Knowledge;
using Entente.Text;

namespace Entente.Events;

/// <summary>PLOVER contexts cued by words of the sentence (<c>plover_contexts.tsv</c>):
/// "military and technology agreements" → military, technology. Immutable; thread-safe.</summary>
public sealed class PloverContexts
{
    private readonly FrozenDictionary<string, string[]> _single;
    private readonly FrozenDictionary<string, (string[] Words, string Context)[]> _multi;

    private PloverContexts(FrozenDictionary<string, string[]> single, (string[] Words, string Context)[] multi)
    {
        _single = single;
        // Multi-word cues are looked up by their first word, so a sentence costs one probe per token.
        _multi = multi.GroupBy(m => m.Words[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The built-in cues.</summary>
    public static PloverContexts Load()
    {
        var single = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var multi = new List<(string[], string)>();
        foreach (var row in ResourceFiles.ReadRows("plover_contexts.tsv"))
        {
            foreach (var keyword in row.List("keywords"))
            {
                var words = Tokenizer.Tokenize(keyword).Where(t => !t.Transparent).Select(t => t.Norm).ToArray();
                if (words.Length == 1)
                {
                    if (!single.TryGetValue(words[0], out var list))
                    {
                        single[words[0]] = list = [];
                    }
                    list.Add(row["context"]);
                }
                else if (words.Length > 1)
                {
                    multi.Add((words, row["context"]));
                }
            }
        }
        return new PloverContexts(single.ToFrozenDictionary(k => k.Key, k => k.Value.Distinct().ToArray(), StringComparer.Ordinal), [.. multi]);
    }

    /// <summary>The contexts cued within tokens [<paramref name="from"/>, <paramref name="to"/>), in first-seen order.</summary>
    public List<string> Find(IReadOnlyList<Token> tokens, int from, int to)
    {
        var found = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (_single.TryGetValue(tokens[i].Norm, out var contexts))
            {
                foreach (var c in contexts)
                {
                    if (!found.Contains(c))
                    {
                        found.Add(c);
                    }
                }
            }
            if (!_multi.TryGetValue(tokens[i].Norm, out var multi))
            {
                continue;
            }
            foreach (var (words, context) in multi)
            {
                if (i + words.Length <= to && !found.Contains(context) && Enumerable.Range(0, words.Length).All(w => tokens[i + w].Norm == words[w]))
                {
                    found.Add(context);
                }
            }
        }
        return found;
    }
}

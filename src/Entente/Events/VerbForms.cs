using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Events;

/// <summary>Inflects verbs and nouns for pattern matching: irregular and spelling-changing forms from
/// <c>irregular_verbs.tsv</c>, the rest by English rules.</summary>
public sealed class VerbForms
{
    private readonly FrozenDictionary<string, Forms> _table;

    /// <summary>The inflected forms of one verb.</summary>
    public sealed record Forms(string[] Base, string[] Third, string[] Past, string[] Participle, string[] Gerund)
    {
        /// <summary>Every form.</summary>
        public IEnumerable<string> All => Base.Concat(Third).Concat(Past).Concat(Participle).Concat(Gerund).Distinct();
    }

    private VerbForms(FrozenDictionary<string, Forms> table) => _table = table;

    /// <summary>The built-in table.</summary>
    public static VerbForms Load()
    {
        var table = new Dictionary<string, Forms>(StringComparer.Ordinal);
        foreach (var r in ResourceFiles.ReadRows("irregular_verbs.tsv"))
        {
            table.TryAdd(r["lemma"], new Forms([r["lemma"]], r.List("third"), r.List("past"), r.List("participle"), r.List("gerund")));
        }
        return new VerbForms(table.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>All forms of <paramref name="lemma"/>.</summary>
    public Forms Of(string lemma) => _table.TryGetValue(lemma, out var f) ? f : Regular(lemma);

    /// <summary>True when <paramref name="word"/> is the past participle of some verb in the table or by rule.</summary>
    public bool IsParticiple(string word, string lemma) => Of(lemma).Participle.Contains(word);

    /// <summary>Singular and plural of a noun.</summary>
    public static string[] NounForms(string noun)
    {
        if (noun.EndsWith('s') || noun.Length < 3)
        {
            return [noun];
        }
        if (noun.EndsWith('y') && !IsVowel(noun[^2]))
        {
            return [noun, noun[..^1] + "ies"];
        }
        if (noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith('x') || noun.EndsWith('z'))
        {
            return [noun, noun + "es"];
        }
        return [noun, noun + "s"];
    }

    private static Forms Regular(string v)
    {
        string third, past, gerund;
        if (v.EndsWith('y') && v.Length > 1 && !IsVowel(v[^2]))
        {
            third = v[..^1] + "ies";
            past = v[..^1] + "ied";
            gerund = v + "ing";
        }
        else if (v.EndsWith('e'))
        {
            third = v + "s";
            past = v + "d";
            gerund = v.EndsWith("ee", StringComparison.Ordinal) ? v + "ing" : v[..^1] + "ing";
        }
        else
        {
            third = v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch", StringComparison.Ordinal)
                    || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith('o') ? v + "es" : v + "s";
            var doubled = v.Length >= 3 && !IsVowel(v[^1]) && IsVowel(v[^2]) && !IsVowel(v[^3]) && v[^1] is not ('w' or 'x' or 'y')
                          && v.Count(IsVowel) == 1;
            var stem = doubled ? v + v[^1] : v;
            past = stem + "ed";
            gerund = stem + "ing";
        }
        return new Forms([v], [third], [past], [past], [gerund]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

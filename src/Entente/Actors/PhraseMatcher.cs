using System.Collections.Frozen;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Finds dictionary phrases in token sequences: longest match wins, keyed by folded tokens
/// (case, diacritics, hyphens and apostrophes do not matter; acronyms must be in capitals).</summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
public sealed class PhraseMatcher
{
    private readonly FrozenDictionary<string, Phrase[]> _byFirstToken;

    private sealed record Phrase(string[] Tokens, LexEntry[] Entries);

    /// <summary>Builds the index over (phrase, entry) pairs.</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, LexEntry Entry)> entries)
    {
        var grouped = new Dictionary<string, Dictionary<string, List<LexEntry>>>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in entries)
        {
            var tokens = Keys(phrase);
            if (tokens.Length == 0)
            {
                continue;
            }
            var key = string.Join(' ', tokens);
            if (!grouped.TryGetValue(tokens[0], out var byPhrase))
            {
                grouped[tokens[0]] = byPhrase = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
            }
            if (!byPhrase.TryGetValue(key, out var list))
            {
                byPhrase[key] = list = [];
            }
            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }
        _byFirstToken = grouped.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.Select(p => new Phrase(p.Key.Split(' '), [.. p.Value]))
                .OrderByDescending(p => p.Tokens.Length).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>Number of distinct first tokens (for statistics).</summary>
    public int Count => _byFirstToken.Count;

    /// <summary>The folded lookup keys of a phrase, as the tokenizer would produce them.</summary>
    public static string[] Keys(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Where(t => !t.Transparent).Select(t => t.Norm)];

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public PhraseMatch? MatchAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var first = tokens[start];
        if (first.Kind == TokenKind.Punct && first.Norm.Length == 1 && !char.IsLetterOrDigit(first.Norm[0])
            || first.Transparent || !_byFirstToken.TryGetValue(first.Norm, out var phrases))
        {
            return null;
        }
        foreach (var phrase in phrases)
        {
            var end = MatchTokens(tokens, start, limit, phrase.Tokens);
            if (end < 0)
            {
                continue;
            }
            // Most phrases name one thing that is allowed: no copy then.
            var allowed = 0;
            foreach (var e in phrase.Entries)
            {
                allowed += Allowed(e, tokens, start, end) ? 1 : 0;
            }
            if (allowed == phrase.Entries.Length)
            {
                return new PhraseMatch(start, end, phrase.Entries);
            }
            if (allowed > 0)
            {
                return new PhraseMatch(start, end, AllowedOnly(phrase.Entries, allowed, tokens, start, end));
            }
        }
        return null;
    }

    // A plain loop, not a lambda: a closure over the parameters would be allocated on every call.
    private static LexEntry[] AllowedOnly(LexEntry[] entries, int allowed, IReadOnlyList<Token> tokens, int start, int end)
    {
        var kept = new LexEntry[allowed];
        var k = 0;
        foreach (var e in entries)
        {
            if (Allowed(e, tokens, start, end))
            {
                kept[k++] = e;
            }
        }
        return kept;
    }

    private static int MatchTokens(IReadOnlyList<Token> tokens, int start, int limit, string[] keys)
    {
        var i = start;
        for (var k = 0; k < keys.Length; k++)
        {
            while (i < limit && tokens[i].Transparent && k > 0)
            {
                i++;
            }
            if (i >= limit || tokens[i].Norm != keys[k])
            {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static bool Allowed(LexEntry entry, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (entry.CaseSensitive)
        {
            for (var i = start; i < end; i++)
            {
                if (tokens[i].Kind == TokenKind.Word && !tokens[i].AllCaps)
                {
                    return false;
                }
            }
            return true;
        }
        // Names are written with a capital; agent nouns may be either.
        return entry.Kind == LexKind.Agent || tokens[start].Capitalized || tokens[start].Kind == TokenKind.Number;
    }
}

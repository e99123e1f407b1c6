using System.Collections.Frozen;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Finds dictionary phrases in token sequences: longest match wins, keyed by folded tokens
/// (case, diacritics, hyphens and apostrophes do not matter; acronyms must be in capitals).</summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
public sealed class PhraseMatcher
{
    private readonly FrozenDictionary<string, PhraseNode> _byFirstToken;
    private readonly PhraseNode?[] _byFirstWord;

    /// <summary>Builds the index over (phrase, entry) pairs.</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, LexEntry Entry)> entries)
        : this(entries, [])
    {
    }

    /// <summary>Builds the index; <paramref name="otherWords"/> (folded) join the <see cref="Vocabulary"/> too.</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, LexEntry Entry)> entries, IEnumerable<string> otherWords)
    {
        var roots = new Dictionary<string, PhraseNode>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var (phrase, entry) in entries)
        {
            var tokens = Keys(phrase);
            if (tokens.Length == 0)
            {
                continue;
            }
            words.AddRange(tokens);
            if (!roots.TryGetValue(tokens[0], out var node))
            {
                roots[tokens[0]] = node = new PhraseNode();
            }
            for (var k = 1; k < tokens.Length; k++)
            {
                node = node.Child(tokens[k]);
            }
            node.Add(entry);
        }
        Vocabulary = new Vocabulary(words.Concat(otherWords));
        foreach (var root in roots.Values)
        {
            root.Freeze(Vocabulary);
        }
        _byFirstToken = roots.ToFrozenDictionary(StringComparer.Ordinal);
        _byFirstWord = new PhraseNode?[Vocabulary.Count + 1];
        foreach (var (word, root) in roots)
        {
            _byFirstWord[Vocabulary.Find(word)] = root;
        }
    }

    /// <summary>Every word of the dictionary's phrases (and the other words given): text tokenized with it can be
    /// matched by word number.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Number of distinct first tokens (for statistics).</summary>
    public int Count => _byFirstToken.Count;

    /// <summary>The folded lookup keys of a phrase, as the tokenizer would produce them.</summary>
    public static string[] Keys(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Where(t => !t.Transparent).Select(t => t.Norm)];

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>
    /// that names something allowed there (see <see cref="Allowed"/>).</summary>
    /// <remarks>Walks a tree of phrase tokens, so the cost is the length of the match, not the number of phrases that
    /// share a first word ("the", "republic", "united").</remarks>
    public PhraseMatch? MatchAt(IReadOnlyList<Token> tokens, int start, int limit) => MatchAt(tokens, start, limit, null);

    /// <summary>As <see cref="MatchAt(IReadOnlyList{Token}, int, int)"/>, for tokens whose words were numbered by
    /// <paramref name="numberedBy"/>: with this matcher's <see cref="Vocabulary"/>, a word's number finds its phrases.</summary>
    public PhraseMatch? MatchAt(IReadOnlyList<Token> tokens, int start, int limit, Vocabulary? numberedBy) =>
        MatchAt(tokens.AsSpan(), start, limit, numberedBy);

    /// <summary>As <see cref="MatchAt(IReadOnlyList{Token}, int, int, Vocabulary?)"/>, over a span of tokens.</summary>
    public PhraseMatch? MatchAt(ReadOnlySpan<Token> tokens, int start, int limit, Vocabulary? numberedBy)
    {
        ref readonly var first = ref tokens[start];
        if (first.Kind == TokenKind.Punct && first.Norm.Length == 1 && !char.IsLetterOrDigit(first.Norm[0]) || first.Transparent)
        {
            return null;
        }
        var byNumber = ReferenceEquals(numberedBy, Vocabulary);
        var node = byNumber && first.Kind != TokenKind.Punct ? _byFirstWord[first.Word] : _byFirstToken.GetValueOrDefault(first.Norm);
        return node is null ? null : Longest(node, tokens, start, start + 1, limit, byNumber);
    }

    /// <summary>The longest allowed phrase through <paramref name="node"/>, whose words end at <paramref name="end"/>:
    /// deeper phrases first, then the one ending here.</summary>
    private static PhraseMatch? Longest(PhraseNode node, ReadOnlySpan<Token> tokens, int start, int end, int limit, bool byNumber)
    {
        var next = end;
        while (next < limit && tokens[next].Transparent)
        {
            next++;
        }
        if (next < limit && Child(node, tokens[next], byNumber) is { } child && Longest(child, tokens, start, next + 1, limit, byNumber) is { } longer)
        {
            return longer;
        }
        if (node.Entries is not { } entries)
        {
            return null;
        }
        // Most phrases name one thing that is allowed: no copy then.
        var allowed = 0;
        foreach (var e in entries)
        {
            allowed += Allowed(e, tokens, start, end) ? 1 : 0;
        }
        return allowed == entries.Length ? new PhraseMatch(start, end, entries)
            : allowed > 0 ? new PhraseMatch(start, end, AllowedOnly(entries, allowed, tokens, start, end))
            : null;
    }

    // Punctuation has no number: "'s" in "People's Army" is found by its text.
    private static PhraseNode? Child(PhraseNode node, in Token token, bool byNumber) =>
        byNumber && token.Kind != TokenKind.Punct ? node.Next(token.Word) : node.Next(token.Norm);

    // A plain loop, not a lambda: a closure over the parameters would be allocated on every call.
    private static LexEntry[] AllowedOnly(LexEntry[] entries, int allowed, ReadOnlySpan<Token> tokens, int start, int end)
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

    private static bool Allowed(LexEntry entry, ReadOnlySpan<Token> tokens, int start, int end)
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

namespace Entente.Actors;

/// <summary>One word of the phrase tree: the words that may follow it, and the entries of the phrase that ends here.</summary>
/// <remarks>Filled while the matcher is built, read-only afterwards. Most nodes have one or two children, so they sit
/// in an array searched in order; a node with many gets a dictionary.</remarks>
internal sealed class PhraseNode
{
    private const int ArrayLimit = 8;

    private string[] _words = [];
    private PhraseNode[] _children = [];
    private Dictionary<string, PhraseNode>? _byWord;
    private int[] _numbers = [];
    private Dictionary<int, PhraseNode>? _byNumber;
    private List<LexEntry>? _entries;

    /// <summary>The entries named by the phrase ending at this node, or null (set by <see cref="Freeze"/>).</summary>
    public LexEntry[]? Entries { get; private set; }

    /// <summary>The child for <paramref name="word"/>, or null.</summary>
    public PhraseNode? Next(string word)
    {
        if (_byWord is not null)
        {
            return _byWord.GetValueOrDefault(word);
        }
        var words = _words;
        for (var k = 0; k < words.Length; k++)
        {
            if (string.Equals(words[k], word, StringComparison.Ordinal))
            {
                return _children[k];
            }
        }
        return null;
    }

    /// <summary>The child for the word numbered <paramref name="number"/> in the vocabulary given to <see cref="Freeze"/>.</summary>
    public PhraseNode? Next(int number)
    {
        if (_byNumber is not null)
        {
            return _byNumber.GetValueOrDefault(number);
        }
        var numbers = _numbers;
        for (var k = 0; k < numbers.Length; k++)
        {
            if (numbers[k] == number)
            {
                return _children[k];
            }
        }
        return null;
    }

    /// <summary>The child for <paramref name="word"/>, created when missing (while building).</summary>
    public PhraseNode Child(string word)
    {
        if (Next(word) is { } existing)
        {
            return existing;
        }
        var child = new PhraseNode();
        if (_byWord is not null)
        {
            _byWord[word] = child;
        }
        else if (_words.Length < ArrayLimit)
        {
            _words = [.. _words, word];
            _children = [.. _children, child];
        }
        else
        {
            _byWord = new Dictionary<string, PhraseNode>(StringComparer.Ordinal);
            for (var k = 0; k < _words.Length; k++)
            {
                _byWord[_words[k]] = _children[k];
            }
            _byWord[word] = child;
        }
        return child;
    }

    /// <summary>Ends building: the entries become an array, and the children are numbered by
    /// <paramref name="vocabulary"/> (which holds every word of the tree), here and below.</summary>
    public void Freeze(Text.Vocabulary vocabulary)
    {
        Entries = _entries?.ToArray();
        _entries = null;
        if (_byWord is not null)
        {
            _byNumber = _byWord.ToDictionary(c => vocabulary.Find(c.Key), c => c.Value);
        }
        else
        {
            _numbers = [.. _words.Select(vocabulary.Find)];
        }
        foreach (var child in _byWord?.Values ?? (IEnumerable<PhraseNode>)_children)
        {
            child.Freeze(vocabulary);
        }
    }

    /// <summary>Adds an entry the phrase ending here names (once).</summary>
    public void Add(LexEntry entry)
    {
        _entries ??= [];
        if (!_entries.Contains(entry))
        {
            _entries.Add(entry);
        }
    }
}

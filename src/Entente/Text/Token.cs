namespace Entente.Text;

/// <summary>One token: an end-exclusive range of the text plus its folded form.</summary>
/// <remarks>Held in 24 bytes (flags in one byte, line breaks in two): a megabyte of news makes some 200,000 tokens,
/// and each look-up copies one.</remarks>
public readonly record struct Token
{
    private const byte CapitalizedFlag = 1, JoinerFlag = 2, AllCapsFlag = 4;

    private readonly byte _flags;
    private readonly ushort _newlines;

    /// <param name="start">First character.</param>
    /// <param name="end">One past the last character.</param>
    /// <param name="kind">Word, number or punctuation.</param>
    /// <param name="norm">Lower-cased, diacritic- and apostrophe-folded form, used for every lookup.</param>
    /// <param name="capitalized">The first character is an upper-case letter.</param>
    /// <param name="joiner">A hyphen written without spaces ("Jong-un"); lookups skip it.</param>
    /// <param name="newlinesBefore">How many line breaks separate this token from the previous one (counted up to 65,535).</param>
    public Token(int start, int end, TokenKind kind, string norm, bool capitalized, bool joiner, int newlinesBefore)
    {
        Start = start;
        End = end;
        Kind = kind;
        Norm = norm;
        _flags = (byte)((capitalized ? CapitalizedFlag : 0) | (joiner ? JoinerFlag : 0));
        _newlines = (ushort)Math.Clamp(newlinesBefore, 0, ushort.MaxValue);
    }

    /// <summary>First character.</summary>
    public int Start { get; }

    /// <summary>One past the last character.</summary>
    public int End { get; }

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind { get; }

    /// <summary>Lower-cased, diacritic- and apostrophe-folded form, used for every lookup.</summary>
    public string Norm { get; }

    /// <summary>The first character is an upper-case letter.</summary>
    public bool Capitalized
    {
        get => (_flags & CapitalizedFlag) != 0;
        init => _flags = (byte)(value ? _flags | CapitalizedFlag : _flags & ~CapitalizedFlag);
    }

    /// <summary>A hyphen written without spaces ("Jong-un"); lookups skip it.</summary>
    public bool Joiner => (_flags & JoinerFlag) != 0;

    /// <summary>How many line breaks separate this token from the previous one.</summary>
    public int NewlinesBefore => _newlines;

    /// <summary>True for a word written entirely in capitals (IS, WHO, U.S.).</summary>
    public bool AllCaps
    {
        get => (_flags & AllCapsFlag) != 0;
        init => _flags = (byte)(value ? _flags | AllCapsFlag : _flags & ~AllCapsFlag);
    }

    /// <summary>A word or number token's number in the vocabulary it was read with (<see cref="Vocabulary"/>),
    /// 0 when it is not there; always 0 for punctuation.</summary>
    public int Word { get; init; }

    /// <summary>True when lookups ignore the token: joiner hyphens and bare apostrophes.</summary>
    public bool Transparent => Joiner || Norm == "'";
}

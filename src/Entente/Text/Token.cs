namespace Entente.Text;

/// <summary>One token: an end-exclusive range of the text plus its folded form.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Norm">Lower-cased, diacritic- and apostrophe-folded form, used for every lookup.</param>
/// <param name="Capitalized">The first character is an upper-case letter.</param>
/// <param name="Joiner">A hyphen written without spaces ("Jong-un"); lookups skip it.</param>
/// <param name="NewlinesBefore">How many line breaks separate this token from the previous one.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Norm, bool Capitalized, bool Joiner, int NewlinesBefore)
{
    /// <summary>True for a word written entirely in capitals (IS, WHO, U.S.).</summary>
    public bool AllCaps { get; init; }

    /// <summary>A word or number token's number in the vocabulary it was read with (<see cref="Vocabulary"/>),
    /// 0 when it is not there; always 0 for punctuation.</summary>
    public int Word { get; init; }

    /// <summary>True when lookups ignore the token: joiner hyphens and bare apostrophes.</summary>
    public bool Transparent => Joiner || Norm == "'";
}

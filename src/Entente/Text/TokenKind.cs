namespace Entente.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (possibly with digits, inner apostrophes or abbreviation dots).</summary>
    Word,
    /// <summary>Digits, with inner separators (1,000 or 3.5).</summary>
    Number,
    /// <summary>Any other single character.</summary>
    Punct,
}

namespace Entente.Sanctions;

/// <summary>One normalised token of a name.</summary>
internal sealed class NameToken
{
    /// <summary>Creates a token; the skeleton and variant groups are computed here, once.</summary>
    /// <param name="text">Lower-case ASCII form.</param>
    /// <param name="kind">Role of the token in the name.</param>
    /// <param name="abjad">True when transliterated from a script that omits short vowels (Arabic, Hebrew, Thai …).</param>
    /// <param name="cjk">True when transliterated from Han or Hangul, where one character is a syllable.</param>
    /// <param name="followsFilial">True when the token comes right after "bin"/"ibn": it names the father.</param>
    public NameToken(string text, TokenKind kind, bool abjad, bool cjk, bool followsFilial)
    {
        Text = text;
        Kind = kind;
        Abjad = abjad;
        Cjk = cjk;
        FollowsFilial = followsFilial;
        Skeleton = PhoneticKey.Skeleton(text, abjad);
        Variants = NameVariants.GroupKeys(text);
        Letters = LetterMask(text);
    }

    /// <summary>Bit set of the letters and digits in <paramref name="text"/> (a–z, 0–9).</summary>
    public static ulong LetterMask(string text)
    {
        ulong mask = 0;
        foreach (char c in text)
        {
            if (c is >= 'a' and <= 'z') mask |= 1UL << (c - 'a');
            else if (c is >= '0' and <= '9') mask |= 1UL << (26 + c - '0');
        }
        return mask;
    }

    /// <summary>Lower-case ASCII form.</summary>
    public string Text { get; }

    /// <summary>Consonant skeleton used for transliteration-tolerant comparison and indexing.</summary>
    public string Skeleton { get; }

    /// <summary>Role of the token in the name.</summary>
    public TokenKind Kind { get; }

    /// <summary>True when transliterated from a script that omits short vowels.</summary>
    public bool Abjad { get; }

    /// <summary>True when transliterated from Han or Hangul.</summary>
    public bool Cjk { get; }

    /// <summary>True when the token names the father ("bin X").</summary>
    public bool FollowsFilial { get; }

    /// <summary>Identifiers of the listed variant groups the spelling belongs to (often empty).</summary>
    public string[] Variants { get; }

    /// <summary>The letters the text contains (see <see cref="LetterMask"/>).</summary>
    public ulong Letters { get; }

    /// <summary>True for tokens whose absence from the other name does not matter.</summary>
    public bool IsOptional => Kind is TokenKind.Particle or TokenKind.Filial or TokenKind.Honorific
        or TokenKind.LegalForm or TokenKind.Number or TokenKind.Stop or TokenKind.Patronymic;

    /// <summary>True for tokens that stand for full name parts.</summary>
    public bool IsWord => Kind is TokenKind.Core or TokenKind.Patronymic;

    /// <summary>True for tokens that must be matched or explained (words and initials).</summary>
    public bool IsRequired => Kind is TokenKind.Core or TokenKind.Initial or TokenKind.Initials;

    /// <inheritdoc/>
    public override string ToString() => $"{Text}/{Skeleton}/{Kind}";
}

namespace Entente.Sanctions;

/// <summary>A name reduced to typed ASCII tokens, ready for comparison.</summary>
internal sealed class NormalizedName
{
    /// <summary>An empty name.</summary>
    public static readonly NormalizedName Empty = new("", [], false, "");

    /// <summary>Creates a normalised name.</summary>
    public NormalizedName(string original, NameToken[] tokens, bool orgLike, string cjkCompact)
    {
        Original = original;
        Tokens = tokens;
        OrgLike = orgLike;
        CjkCompact = cjkCompact;
        foreach (var t in tokens)
        {
            if (t.IsRequired) RequiredCount++;
            if (t.Kind == TokenKind.Filial) HasFilial = true;
            if (t.Kind == TokenKind.Patronymic) HasPatronymic = true;
        }
    }

    /// <summary>The name as given.</summary>
    public string Original { get; }

    /// <summary>Tokens in name order (family name last for "LAST, First" inputs).</summary>
    public NameToken[] Tokens { get; }

    /// <summary>True when the name looks like an organisation (legal form or organisation word).</summary>
    public bool OrgLike { get; }

    /// <summary>The Han/Hangul characters of a name written only in those scripts, else empty.</summary>
    public string CjkCompact { get; }

    /// <summary>Number of tokens that must be matched (words and initials).</summary>
    public int RequiredCount { get; }

    /// <summary>
    /// Number of written words holding name tokens: "Kestrel-Vane" is one word of two tokens;
    /// a Hangul or Han name counts family and given name as two.
    /// </summary>
    public int WordCount { get; init; }

    /// <summary>True when the name contains "bin"/"ibn".</summary>
    public bool HasFilial { get; }

    /// <summary>True when the name contains a patronymic.</summary>
    public bool HasPatronymic { get; }
}

using System.Collections.Frozen;

namespace Entente.Sanctions;

/// <summary>
/// How much a token tells apart one person from another: rare tokens weigh more than common
/// ones (Kim, Li, Mohammed, Ali). Built-in defaults; a screener adds frequencies from its lists.
/// </summary>
internal sealed class TokenWeights
{
    // Very common family and given names across the regions sanctions lists cover, by skeleton
    // where spellings vary (Mohammed/Muhammad → "mmt").
    private static readonly FrozenSet<string> CommonTexts = new[]
    {
        "kim", "lee", "li", "ri", "park", "pak", "choi", "choe", "jong", "jung", "chong", "song", "han", "kang", "cho",
        "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "hu", "guo", "lin",
        "nguyen", "tran", "le", "pham", "singh", "kumar", "khan", "shah", "ali", "ahmed", "ahmad", "mohammed",
        "muhammad", "mohamed", "mohammad", "abdul", "abdullah", "hassan", "hasan", "hussein", "husain", "ibrahim",
        "omar", "umar", "yusuf", "said", "saeed", "salem", "hamid", "mahmoud", "mustafa", "abu", "smith", "john",
        "james", "david", "maria", "jose", "juan", "carlos", "ivanov", "sergey", "alexander", "aleksandr",
        "vladimir", "il", "chol", "su", "yong", "myong", "hyok", "nam", "un", "sok", "ho", "u", "o", "i",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, int>? _frequency;
    private readonly int _names;

    /// <summary>Default weights, without list statistics.</summary>
    public static readonly TokenWeights Default = new(null, 0);

    /// <summary>Creates weights from token frequencies (number of list names containing each token).</summary>
    public TokenWeights(FrozenDictionary<string, int>? frequency, int names)
    {
        _frequency = frequency;
        _names = names;
    }

    /// <summary>The weight of a token in 0.2..1.</summary>
    public double Weight(NameToken token)
    {
        switch (token.Kind)
        {
            case TokenKind.Initial: return 0.3;
            case TokenKind.Initials: return 0.6;
            case TokenKind.Core or TokenKind.Patronymic: break;
            default: return 0;
        }
        double w = token.Kind == TokenKind.Patronymic ? 0.6 : 1.0;
        if (CommonTexts.Contains(token.Text)) w *= 0.5;
        else if (_frequency != null && _names > 0 && _frequency.TryGetValue(token.Text, out int df))
        {
            // A token in 1 of 1,000 names keeps most of its weight; one in 1 of 20 loses half. Small
            // lists count as 10,000 names so that a token seen once or twice stays rare.
            double share = (double)df / Math.Max(_names, 10_000);
            w *= Math.Clamp(1.0 - 0.17 * Math.Log10(1 + share * 10_000), 0.45, 1.0);
        }
        // Short syllables (Korean "U", "Il", "Min", "Chol") say little on their own.
        w *= token.Text.Length switch { <= 2 => 0.6, 3 => 0.8, 4 => 0.9, _ => 1.0 };
        return w;
    }

    /// <summary>The weights of all tokens of a name.</summary>
    public double[] Weights(NormalizedName name)
    {
        var w = new double[name.Tokens.Length];
        for (int i = 0; i < w.Length; i++) w[i] = Weight(name.Tokens[i]);
        return w;
    }

    /// <summary>True when the token alone says little about who is meant.</summary>
    public bool IsCommon(NameToken token) => Weight(token) < 0.6;
}

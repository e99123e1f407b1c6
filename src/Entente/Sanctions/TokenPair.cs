namespace Entente.Sanctions;

/// <summary>
/// Tokens of one name aligned with tokens of another. Either side may span several adjacent
/// tokens when a name is written joined on one side and split on the other (Ryonghae / Ryong Hae).
/// </summary>
/// <param name="AStart">First token of the run in the first name.</param>
/// <param name="ALength">Number of tokens of the first name.</param>
/// <param name="BStart">First token of the run in the second name.</param>
/// <param name="BLength">Number of tokens of the second name.</param>
/// <param name="Match">The token similarity.</param>
internal readonly record struct TokenPair(int AStart, int ALength, int BStart, int BLength, TokenMatch Match)
{
    /// <summary>One past the last token of the first name.</summary>
    public int AEnd => AStart + ALength;

    /// <summary>One past the last token of the second name.</summary>
    public int BEnd => BStart + BLength;
}

namespace Entente.Sanctions;

/// <summary>The similarity of two tokens and whether they count as the same name part.</summary>
internal readonly record struct TokenMatch(double Similarity, bool Accepted, TokenMatchKind Kind)
{
    /// <summary>No correspondence.</summary>
    public static readonly TokenMatch None = new(0, false, TokenMatchKind.None);
}

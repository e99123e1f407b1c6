namespace Entente.Sanctions;

/// <summary>A listed party that a screened name may refer to.</summary>
/// <param name="Entry">The list entry.</param>
/// <param name="Score">Confidence in 0..1: name similarity adjusted by supporting and contradicting evidence.</param>
/// <param name="Status"><c>match</c> (the same party, as far as the evidence goes) or <c>possible</c> (a name match the context does not confirm).</param>
/// <param name="Reasons">Short explanations ("name: all tokens match (CABELLO RONDON, Diosdado)", "birth year: 1963 = 1963").</param>
public sealed record ScreeningHit(SanctionsEntry Entry, double Score, string Status, IReadOnlyList<string> Reasons)
{
    /// <summary>Status of a confirmed hit.</summary>
    public const string Match = "match";

    /// <summary>Status of an unconfirmed hit.</summary>
    public const string Possible = "possible";
}

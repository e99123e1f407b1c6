namespace Entente.Sanctions;

/// <summary>One listed party: a person, organisation, vessel or aircraft.</summary>
/// <param name="List">Name of the list it comes from ("OFAC SDN", "UN SC").</param>
/// <param name="EntryId">The list's own identifier (OFAC ent_num, UN reference number).</param>
/// <param name="Name">The primary name as the list writes it ("CABELLO RONDON, Diosdado").</param>
/// <param name="Aliases">Other names (a.k.a., f.k.a., original-script names).</param>
/// <param name="Kind"><c>individual</c>, <c>entity</c>, <c>vessel</c> or <c>aircraft</c>.</param>
/// <param name="Programs">Sanctions programmes ("VENEZUELA", "DPRK2", "SDGT").</param>
/// <param name="BirthYears">Possible birth years (exact, alternative, circa and ranges expanded).</param>
/// <param name="Countries">ISO 3166-1 alpha-3 codes from nationality, citizenship, birthplace and addresses.</param>
/// <param name="Title">Position or designation, if listed.</param>
/// <param name="Remarks">Free-text remarks, if any.</param>
/// <param name="Gender"><c>Male</c> or <c>Female</c>, if listed.</param>
public sealed record SanctionsEntry(string List, string EntryId, string Name, IReadOnlyList<string> Aliases,
    string Kind, IReadOnlyList<string> Programs, IReadOnlyList<int> BirthYears, IReadOnlyList<string> Countries,
    string? Title, string? Remarks, string? Gender)
{
    /// <summary>Aliases the list itself marks as low quality (UN "Low"); a match on them alone stays "possible".</summary>
    public IReadOnlyList<string> WeakAliases { get; init; } = [];

    /// <summary>True for a natural person.</summary>
    public bool IsIndividual => string.Equals(Kind, "individual", StringComparison.Ordinal);
}

namespace Entente.Knowledge;

/// <summary>A state or territory (countries.tsv).</summary>
public sealed record Country(string Iso3, string Iso2, string? Cameo, string Name, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Adjectives, string? Capital, IReadOnlyList<string> Seats, string Kind, string? Parent, string Origin);

namespace Entente.Knowledge;

/// <summary>An IGO, NGO, party, medium, armed group or state institution (organisations.tsv).</summary>
public sealed record Organisation(string Id, string Name, IReadOnlyList<string> Aliases, string Type, string? Country,
    string Code, string Sector, string Origin);

namespace Entente.Knowledge;

/// <summary>A common noun or title that names a sector: "officials" GOV, "troops" MIL, "president" GOV (agents.tsv).</summary>
public sealed record Agent(IReadOnlyList<string> Terms, string Sector, string Kind, string Origin);

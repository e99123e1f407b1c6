namespace Entente.Knowledge;

/// <summary>One tenure of one office (offices.tsv). <see cref="End"/> null means still in office.</summary>
public sealed record Office(string PersonId, string OfficeId, string? Country, string Sector, string Role,
    DateOnly Start, DateOnly? End, string Origin)
{
    /// <summary>True when the tenure covers <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => Start <= date && (End is null || date <= End);
}

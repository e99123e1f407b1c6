namespace Entente.Sanctions;

/// <summary>A name to screen, with what the text says about its bearer.</summary>
/// <param name="Name">The name as written ("Diosdado Cabello", "최룡해").</param>
/// <param name="Kind"><c>PERSON</c>, <c>ORG</c>, <c>LOC</c> or <c>unknown</c>.</param>
/// <param name="Country">ISO alpha-3 country of the bearer, if known.</param>
/// <param name="BirthYear">Birth year, if known.</param>
/// <param name="Role">Position held, e.g. "vice chairman of the Central Committee of the Workers' Party of Korea".</param>
/// <param name="Gender"><c>Male</c> or <c>Female</c>, if known.</param>
public sealed record ScreeningQuery(string Name, string Kind = "unknown", string? Country = null,
    int? BirthYear = null, string? Role = null, string? Gender = null);

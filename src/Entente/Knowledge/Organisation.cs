namespace Entente.Knowledge;

/// <summary>An IGO, NGO, party, medium, armed group or state institution (organisations.tsv).</summary>
public sealed record Organisation(string Id, string Name, IReadOnlyList<string> Aliases, string Type, string? Country,
    string Code, string Sector, string Origin)
{
    /// <summary>Codes that hold only for a period (PETRARCH dictionaries: "[HOBGOV 19950601 - 19990815]").</summary>
    public IReadOnlyList<DatedCode> DatedCodes { get; init; } = [];

    /// <summary>True for entries imported from a PETRARCH/Phoenix dictionary, whose names are written in capitals.</summary>
    public bool FromPetrarch { get; init; }

    /// <summary>The code that holds on <paramref name="date"/> (the plain code when no dated one does).</summary>
    public string CodeOn(DateOnly? date) =>
        date is { } d && DatedCodes.FirstOrDefault(c => (c.From is null || c.From <= d) && (c.To is null || d <= c.To)) is { } dated
            ? dated.Code : Code;
}

/// <summary>An actor code valid from <see cref="From"/> to <see cref="To"/> (either open).</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To);

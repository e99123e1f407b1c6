namespace Entente.Knowledge;

/// <summary>A person with nationality, life dates and offices (people.tsv, offices.tsv).</summary>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Short,
    string? Country, int? Born, int? Died, string? Gender, string Origin)
{
    /// <summary>Every tenure, earliest first.</summary>
    public IReadOnlyList<Office> Offices { get; init; } = [];

    /// <summary>The office held on <paramref name="date"/> that codes highest (government before party), or null.</summary>
    public Office? OfficeOn(DateOnly date)
    {
        Office? best = null;
        foreach (var office in Offices)
        {
            if (office.Covers(date) && (best is null || SectorRank(office.Sector) < SectorRank(best.Sector)))
            {
                best = office;
            }
        }
        return best;
    }

    /// <summary>The last office that ended before <paramref name="date"/>, for "former" roles.</summary>
    public Office? LastOfficeBefore(DateOnly date) =>
        Offices.Where(o => o.End is { } end && end < date).OrderByDescending(o => o.End).FirstOrDefault();

    private static int SectorRank(string sector) => sector switch
    {
        "GOV" => 0,
        "MIL" => 1,
        "LEG" => 2,
        "JUD" => 3,
        "PTY" => 4,
        _ => 5,
    };
}

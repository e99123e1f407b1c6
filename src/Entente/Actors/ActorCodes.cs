using Entente.Knowledge;

namespace Entente.Actors;

/// <summary>Builds CAMEO-style actor codes and resolves a person's sector on a date.</summary>
public static class ActorCodes
{
    /// <summary>Country plus sector ("VEN" + "GOV" → "VENGOV"); IGO codes stand alone.</summary>
    public static string Combine(string? country, string? sector, string? orgCode = null)
    {
        if (orgCode is not null && (country is null || orgCode.StartsWith("IGO", StringComparison.Ordinal) || orgCode.StartsWith(country, StringComparison.Ordinal)))
        {
            return orgCode;
        }
        return (country ?? "---") + (sector ?? "");
    }

    /// <summary>The sector and role a known person codes to on <paramref name="date"/>.</summary>
    /// <remarks>Out of office, a person keeps only the country; "former" roles are told in the role text.</remarks>
    public static (string? Sector, string? Role, string? Country) PersonOn(Person person, DateOnly? date)
    {
        if (date is { } d)
        {
            if (person.OfficeOn(d) is { } office)
            {
                return (office.Sector, office.Role, office.Country ?? person.Country);
            }
            if (person.LastOfficeBefore(d) is { } former)
            {
                return (null, "former " + former.Role, person.Country);
            }
            return (null, null, person.Country);
        }
        var last = person.Offices.LastOrDefault();
        return (last?.Sector, last?.Role, person.Country);
    }
}

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

    /// <summary>The CAMEO-style code of the organisation an international office belongs to ("UN.secretary_general" → IGOUNO).</summary>
    public static string IgoOf(string officeId) => officeId.Split('.')[0].ToUpperInvariant() switch
    {
        "UN" => "IGOUNO",
        "NATO" => "IGONAT",
        "EU" => "IGOEU",
        "AU" => "IGOAFR",
        var other => "IGO" + other,
    };

    /// <summary>The sector and role a known person codes to on <paramref name="date"/>.</summary>
    /// <remarks>Out of office, a person keeps only the country; "former" roles are told in the role text.</remarks>
    public static (string? Sector, string? Role, string? Country) PersonOn(Person person, DateOnly? date)
    {
        if (date is { } d)
        {
            if (person.OfficeOn(d) is { } office)
            {
                // An international office (UN Secretary-General) codes to its organisation, not the holder's nationality.
                return office.Country is null && office.Sector == "IGO"
                    ? (null, office.Role, IgoOf(office.OfficeId))
                    : (office.Sector, office.Role, office.Country ?? person.Country);
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

using System.Globalization;
using Entente.Sanctions;

namespace Entente.Evaluation.Names;

/// <summary>Turns a yente fixture row (full_name, gender, date_of_birth, nationality) into a screening query.</summary>
internal static class PersonRecord
{
    /// <summary>A PERSON query with birth year, nationality (ISO alpha-2 or a country name) and gender as evidence.</summary>
    public static ScreeningQuery Query(Dictionary<string, string> row, Func<string, string?> country)
    {
        string name = row.GetValueOrDefault("full_name", "");
        string dob = row.GetValueOrDefault("date_of_birth", "");
        int? year = dob.Length >= 4 && int.TryParse(dob.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        string nationality = row.GetValueOrDefault("nationality", "").Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        string? iso3 = nationality.Length == 0 ? null : country(nationality);
        string? gender = row.GetValueOrDefault("gender", "") is { Length: > 0 } g ? g : null;
        return new ScreeningQuery(name, "PERSON", iso3, year, Gender: gender);
    }
}

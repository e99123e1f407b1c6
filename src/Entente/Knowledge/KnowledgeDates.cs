using System.Globalization;

namespace Entente.Knowledge;

/// <summary>Parses the YYYY, YYYY-MM and YYYY-MM-DD dates of knowledge files.</summary>
public static class KnowledgeDates
{
    /// <summary>Parses a date; a partial date takes its first (start) or last (end) day.</summary>
    public static DateOnly? Parse(string? value, bool end, string origin)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var parts = value.Trim().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts.Length > 3)
        {
            throw new KnowledgeFileException($"{origin}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        var month = parts.Length > 1 && int.TryParse(parts[1], out var m) ? m : end ? 12 : 1;
        var day = parts.Length > 2 && int.TryParse(parts[2], out var d) ? d : end ? DateTime.DaysInMonth(year, month) : 1;
        try
        {
            return new DateOnly(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new KnowledgeFileException($"{origin}: '{value}' is not a valid date");
        }
    }

    /// <summary>The year of a YYYY or YYYY-MM-DD value.</summary>
    public static int? Year(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value.AsSpan(0, Math.Min(4, value.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
}

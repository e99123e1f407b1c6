using System.Globalization;

namespace Entente.Web.Api;

/// <summary>Query-string values, parsed strictly: a bad value is a 400 with a message, never a silent default.</summary>
internal static class Parse
{
    public static int Int(string? value, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new ApiError($"{name} '{value}' is not a whole number from {min} to {max}");
        }
        return n;
    }

    public static DateOnly? Day(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new ApiError($"{name} '{value}' is not a date YYYY-MM-DD");

    public static bool Flag(string? value, string name) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => throw new ApiError($"{name} '{value}' is not true or false"),
    };

    public static string? Code(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.Trim();
        return code.Length is >= 2 and <= 6 && code.All(char.IsAsciiLetterOrDigit) ? code.ToUpperInvariant()
            : throw new ApiError($"{name} '{value}' is not a country or actor code (ISO alpha-3, e.g. PRK)");
    }

    public static string? Text(string? value, string name, int max = 200) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Length > max ? throw new ApiError($"{name} is longer than {max} characters")
        : value.Trim();
}

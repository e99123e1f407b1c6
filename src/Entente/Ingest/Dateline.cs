using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Documents;

namespace Entente.Ingest;

/// <summary>A wire-style dateline at the start of the body: "GENEVA, March 4, 2024 —" or "CARACAS (Reuters) -".</summary>
public sealed record Dateline(TextSpan Span, string Place, DateOnly? Date)
{
    private static readonly Regex Pattern = new(
        @"\G(?<place>\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}?)(?:,\s*(?<region>\p{Lu}[\p{L} .]{1,30}?))?(?:\s*\((?<agency>[^)]{1,30})\))?(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}))?\s*[—–-]{1,2}\s+",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy"];

    /// <summary>Reads a dateline starting at <paramref name="start"/>, or returns null.</summary>
    public static Dateline? Find(string text, int start)
    {
        var m = Pattern.Match(text, start);
        if (!m.Success)
        {
            return null;
        }
        // The place is written in capitals; a capitalised ordinary sentence opening is not a dateline.
        var place = m.Groups["place"].Value.Trim();
        if (place.Any(char.IsLower))
        {
            return null;
        }
        DateOnly? date = null;
        if (m.Groups["date"].Success)
        {
            var raw = m.Groups["date"].Value.Replace("Sept.", "Sep.").Replace("Sept ", "Sep ");
            if (DateOnly.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)
                || DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out d))
            {
                date = d;
            }
        }
        return new Dateline(new TextSpan(m.Index, m.Index + m.Length), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant()), date);
    }
}

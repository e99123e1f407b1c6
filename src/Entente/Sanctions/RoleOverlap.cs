using System.Collections.Frozen;
using System.Text;

namespace Entente.Sanctions;

/// <summary>
/// Finds the longest phrase of a person's role (as the article gives it) that also appears in a
/// list entry's title or remarks: "Workers' Party of Korea" in "vice chairman of the Central
/// Committee of the Workers' Party of Korea" and "Director of the Workers' Party of Korea …".
/// </summary>
internal static class RoleOverlap
{
    private static readonly FrozenSet<string> Function = new[]
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "la", "le", "des", "du", "s",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words too common in remarks to show that two descriptions are of one person.
    private static readonly FrozenSet<string> Generic = new[]
    {
        "north", "south", "east", "west", "korea", "korean", "republic", "people", "peoples", "democratic",
        "government", "state", "states", "national", "united", "arab", "islamic", "federation", "russian",
        "member", "official", "former", "deputy", "vice", "senior", "head", "chief", "general", "director",
        "sanctions", "regulations", "section", "sections", "linked", "secondary", "risk", "date", "listing",
        "effective", "company", "corporation", "group", "nationality", "citizen", "gender", "male", "female",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The overlapping phrase as written in the role, or null.</summary>
    public static string? Find(string? role, string? entryText)
    {
        if (string.IsNullOrWhiteSpace(role) || string.IsNullOrWhiteSpace(entryText)) return null;
        var roleWords = Words(role);
        string haystack = " " + string.Join(' ', Words(entryText).Select(w => w.Norm)) + " ";

        for (int len = Math.Min(roleWords.Count, 8); len >= 2; len--)
        {
            for (int start = 0; start + len <= roleWords.Count; start++)
            {
                var span = roleWords.GetRange(start, len);
                if (Function.Contains(span[0].Norm) || Function.Contains(span[^1].Norm)) continue;
                int content = span.Count(w => !Function.Contains(w.Norm));
                if (content < 2 || span.All(w => Function.Contains(w.Norm) || Generic.Contains(w.Norm))) continue;
                string needle = " " + string.Join(' ', span.Select(w => w.Norm)) + " ";
                if (haystack.Contains(needle, StringComparison.Ordinal))
                    return role.Substring(span[0].Start, span[^1].Start + span[^1].Length - span[0].Start);
            }
        }
        return null;
    }

    private readonly record struct Word(string Norm, int Start, int Length);

    // Lower-case ASCII words; apostrophes split ("Workers'" → "workers", "Korea's" → "korea", "s").
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (sb.Length == 0) start = i;
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (sb.Length > 0)
            {
                words.Add(new Word(NameTransliterator.Fold(sb.ToString()), start, i - start));
                sb.Clear();
            }
        }
        return words;
    }
}

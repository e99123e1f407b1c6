using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>In a sports results or standings line ("CHICAGO 65 66 .496", "HOUSTON AT PITTSBURGH"), a city or
/// region names its team, not the place: such mentions become organisations, so that neither the entity list
/// nor the event coder takes a baseball table for news about the city.</summary>
internal static class ResultsTableTeams
{
    /// <summary>Re-types the place mentions of <paramref name="sentence"/> that stand for teams.</summary>
    public static void Apply(IReadOnlyList<Token> tokens, Sentence sentence, List<Mention> found)
    {
        // The line is read only when it names a team-like place: most sentences name none.
        bool? table = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Kind == MentionKind.Dictionary && m.Entry?.Place is { } place && m.Entry.Kind == LexKind.Place && NamesTeams(place)
                && (table ??= LooksLikeTable(tokens, sentence)) && IsScored(tokens, sentence, m))
            {
                found[i] = m with
                {
                    Type = "ORG",
                    EntityKey = "team:" + m.EntityKey,
                    Sector = null,
                    Rule = "place name standing for a team in a results table (" + m.Rule + ")",
                    Confidence = 0.6,
                };
            }
        }
    }

    /// <summary>Cities name clubs everywhere; North American leagues also name teams after states and provinces
    /// ("Minnesota", "Texas"). Capitals are left alone: in a capitals-only line they open a dateline.</summary>
    private static bool NamesTeams(Knowledge.Place place) => place.Kind == "city" || place.Kind == "region" && place.Country is "USA" or "CAN";

    /// <summary>Numbers make up a large part of the line, or it is a capitals-only "X AT Y" fixture.</summary>
    private static bool LooksLikeTable(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        int numbers = 0, words = 0, lower = 0, at = 0;
        for (var k = sentence.TokenStart; k < sentence.TokenEnd; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number)
            {
                numbers++;
            }
            else if (t.Kind == TokenKind.Word)
            {
                words++;
                lower += t.Capitalized ? 0 : 1;
                at += t.Norm is "v" or "vs" or "vs." || t.Norm == "at" && t.AllCaps ? 1 : 0;
            }
        }
        return numbers >= 2 && numbers * 3 >= words || lower == 0 && at == 1 && words <= 8;
    }

    /// <summary>The place is followed by a score, or faces another name across "at"/"v".</summary>
    private static bool IsScored(IReadOnlyList<Token> tokens, Sentence sentence, Mention m)
    {
        var next = m.TokenEnd < sentence.TokenEnd ? tokens[m.TokenEnd] : default;
        var previous = m.TokenStart > sentence.TokenStart ? tokens[m.TokenStart - 1] : default;
        // A year after the name is a dateline ("LONDON 1996-08-22"), not a score.
        var year = next.Kind == TokenKind.Number && next.Norm.Length >= 4 && next.Norm[..4] is var y && (y.StartsWith("19", StringComparison.Ordinal) || y.StartsWith("20", StringComparison.Ordinal));
        return next.Kind == TokenKind.Number && !year || next.Norm is "at" or "v" or "vs" or "vs." || previous.Norm is "at" or "v" or "vs" or "vs.";
    }
}

using System.Globalization;
using Entente.Documents;
using Entente.Text;

namespace Entente.Events;

/// <summary>Finds date expressions in a sentence and resolves them against the publication date:
/// weekdays ("on Tuesday"), "this week", "last month", "earlier this year", "September 24-27",
/// "24 September 2019", "in March", "in 2018", "three days ago", "yesterday".</summary>
/// <remarks>Token-based (no regular expressions); stateless and thread-safe.</remarks>
public sealed class DateFinder
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan."] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb."] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar."] = 3,
        ["april"] = 4,
        ["apr."] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun."] = 6,
        ["july"] = 7,
        ["jul."] = 7,
        ["august"] = 8,
        ["aug."] = 8,
        ["september"] = 9,
        ["sept."] = 9,
        ["sep."] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct."] = 10,
        ["november"] = 11,
        ["nov."] = 11,
        ["december"] = 12,
        ["dec."] = 12,
    };

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["several"] = 3,
        ["few"] = 3,
    };

    /// <summary>Every date expression in the sentence; <paramref name="published"/> anchors relative ones.</summary>
    public List<TemporalExpression> Find(string text, IReadOnlyList<Token> tokens, Sentence sentence, DateOnly? published)
    {
        var found = new List<TemporalExpression>();
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            var expr = published is { } p ? TryAt(text, tokens, sentence, i, p) : TryAbsolute(text, tokens, sentence, i);
            if (expr is not null)
            {
                found.Add(expr);
                i = expr.TokenEnd;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static TemporalExpression? TryAbsolute(string text, IReadOnlyList<Token> tokens, Sentence s, int i) =>
        MonthDay(text, tokens, s, i, null) ?? Year(text, tokens, s, i);

    private static TemporalExpression? TryAt(string text, IReadOnlyList<Token> tokens, Sentence s, int i, DateOnly p) =>
        Relative(text, tokens, s, i, p) ?? Weekday(text, tokens, s, i, p) ?? MonthDay(text, tokens, s, i, p) ?? Ago(text, tokens, s, i, p)
        ?? Year(text, tokens, s, i);

    private static string At(IReadOnlyList<Token> tokens, Sentence s, int i) => i < s.TokenEnd && i >= s.TokenStart ? tokens[i].Norm : "";

    private static TemporalExpression Make(string text, IReadOnlyList<Token> tokens, int start, int end, DateOnly from, DateOnly? to, string precision, bool future = false)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        return new TemporalExpression(start, end, span, text[span.Start..span.End], from, to, precision, future);
    }

    private static TemporalExpression? Relative(string text, IReadOnlyList<Token> tokens, Sentence s, int i, DateOnly p)
    {
        var w = At(tokens, s, i);
        switch (w)
        {
            case "today" or "tonight":
                return Make(text, tokens, i, i + 1, p, null, "day");
            case "yesterday":
                return Make(text, tokens, i, i + 1, p.AddDays(-1), null, "day");
            case "tomorrow":
                return Make(text, tokens, i, i + 1, p.AddDays(1), null, "day", future: true);
        }
        var start = i;
        var earlier = false;
        if (w is "earlier" or "later")
        {
            earlier = w == "earlier";
            i++;
            w = At(tokens, s, i);
        }
        if (w is not ("this" or "last" or "next" or "past"))
        {
            return null;
        }
        var unit = At(tokens, s, i + 1);
        var end = i + 2;
        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
        (DateOnly, DateOnly?, string)? range = (w, unit) switch
        {
            ("this", "week") => (monday, p, "day"),
            ("last" or "past", "week") => (monday.AddDays(-7), monday.AddDays(-1), "day"),
            ("next", "week") => (monday.AddDays(7), monday.AddDays(13), "day"),
            ("this", "weekend") => (monday.AddDays(5), monday.AddDays(6), "day"),
            ("last", "weekend") => (monday.AddDays(-2), monday.AddDays(-1), "day"),
            ("this", "month") => (new DateOnly(p.Year, p.Month, 1), earlier ? p : LastDay(p), "month"),
            ("last" or "past", "month") => (new DateOnly(p.Year, p.Month, 1).AddMonths(-1), new DateOnly(p.Year, p.Month, 1).AddDays(-1), "month"),
            ("next", "month") => (new DateOnly(p.Year, p.Month, 1).AddMonths(1), LastDay(new DateOnly(p.Year, p.Month, 1).AddMonths(1)), "month"),
            ("this", "year") => (new DateOnly(p.Year, 1, 1), earlier ? p : new DateOnly(p.Year, 12, 31), "year"),
            ("last" or "past", "year") => (new DateOnly(p.Year - 1, 1, 1), new DateOnly(p.Year - 1, 12, 31), "year"),
            ("next", "year") => (new DateOnly(p.Year + 1, 1, 1), new DateOnly(p.Year + 1, 12, 31), "year"),
            ("this", "morning" or "afternoon" or "evening") => (p, null, "day"),
            ("last", "night") => (p.AddDays(-1), null, "day"),
            _ => null,
        };
        if (range is not { } r)
        {
            return null;
        }
        return Make(text, tokens, start, end, r.Item1, r.Item2, r.Item3, future: w == "next" || !earlier && r.Item1 > p);
    }

    private static DateOnly LastDay(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    private static TemporalExpression? Weekday(string text, IReadOnlyList<Token> tokens, Sentence s, int i, DateOnly p)
    {
        var start = i;
        var w = At(tokens, s, i);
        var modifier = "";
        if (w is "last" or "next" or "this" or "on")
        {
            modifier = w;
            i++;
            w = At(tokens, s, i);
        }
        var day = Array.IndexOf(Weekdays, w);
        if (day < 0 || !tokens[i].Capitalized)
        {
            return null;
        }
        var target = (DayOfWeek)((day + 1) % 7);
        var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        var future = modifier == "next" || FutureContext(tokens, s, start);
        DateOnly date;
        if (future)
        {
            var ahead = ((int)target - (int)p.DayOfWeek + 7) % 7;
            date = p.AddDays(ahead == 0 ? 7 : ahead);
        }
        else
        {
            date = p.AddDays(-(modifier == "last" && back == 0 ? 7 : back));
        }
        var end = i + 1;
        // "Tuesday, Oct. 1" — a weekday followed by its date: the date part is read separately.
        return Make(text, tokens, start, end, date, null, "day", future);
    }

    private static bool FutureContext(IReadOnlyList<Token> tokens, Sentence s, int i)
    {
        for (var k = Math.Max(s.TokenStart, i - 8); k < i; k++)
        {
            if (tokens[k].Norm is "will" or "'ll" or "shall" or "plans" or "planned" or "scheduled" or "expected")
            {
                return true;
            }
        }
        return false;
    }

    private static TemporalExpression? MonthDay(string text, IReadOnlyList<Token> tokens, Sentence s, int i, DateOnly? p)
    {
        var start = i;
        var w = At(tokens, s, i);
        int? dayFirst = null;
        if (tokens[i].Kind == TokenKind.Number && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var d0) && d0 is >= 1 and <= 31
            && Months.ContainsKey(At(tokens, s, i + 1)) && tokens[i + 1].Capitalized)
        {
            dayFirst = d0; // "24 September 2019"
            i++;
            w = At(tokens, s, i);
        }
        if (!Months.TryGetValue(w, out var month) || !tokens[i].Capitalized)
        {
            return null;
        }
        if (w == "may" && dayFirst is null && !IsNumber(tokens, s, i + 1))
        {
            return null; // the verb "may"
        }
        var k = i + 1;
        int? day = dayFirst, dayTo = null, year = null;
        if (day is null && IsNumber(tokens, s, k) && int.TryParse(At(tokens, s, k).TrimEnd('s', 't', 'h', 'n', 'd', 'r'), out var d1) && d1 is >= 1 and <= 31)
        {
            day = d1;
            k++;
            if (At(tokens, s, k) is "-" or "—" && IsNumber(tokens, s, k + 1) && int.TryParse(At(tokens, s, k + 1), out var d2) && d2 > d1 && d2 <= 31)
            {
                dayTo = d2;
                k += 2;
            }
            else if (At(tokens, s, k) is "to" or "and" or "through" or "until" && IsNumber(tokens, s, k + 1)
                     && int.TryParse(At(tokens, s, k + 1), out var d3) && d3 > d1 && d3 <= 31)
            {
                dayTo = d3;
                k += 2;
            }
        }
        if (At(tokens, s, k) == "," && IsYear(tokens, s, k + 1))
        {
            k++;
        }
        if (IsYear(tokens, s, k))
        {
            year = int.Parse(At(tokens, s, k), CultureInfo.InvariantCulture);
            k++;
        }
        if (year is null && p is null)
        {
            return null;
        }
        var y = year ?? InferYear(month, day ?? 1, p!.Value, FutureContext(tokens, s, start));
        if (day is { } dd && dd > DateTime.DaysInMonth(y, month))
        {
            return null;
        }
        if (day is null)
        {
            var first = new DateOnly(y, month, 1);
            return Make(text, tokens, start, k, first, LastDay(first), "month");
        }
        var from = new DateOnly(y, month, day.Value);
        DateOnly? to = dayTo is { } t2 ? new DateOnly(y, month, t2) : null;
        return Make(text, tokens, start, k, from, to, "day", p is { } pp && from > pp);
    }

    private static int InferYear(int month, int day, DateOnly p, bool future)
    {
        // The nearest such date: in the past for past events (a week's grace for early reports), ahead for plans.
        var candidate = new DateOnly(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month)));
        if (future)
        {
            return candidate < p ? p.Year + 1 : p.Year;
        }
        return candidate > p.AddDays(7) ? p.Year - 1 : p.Year;
    }

    private static TemporalExpression? Ago(string text, IReadOnlyList<Token> tokens, Sentence s, int i, DateOnly p)
    {
        var w = At(tokens, s, i);
        int n;
        if (!SmallNumbers.TryGetValue(w, out n) && !(tokens[i].Kind == TokenKind.Number && int.TryParse(w, out n)))
        {
            return null;
        }
        var unit = At(tokens, s, i + 1).TrimEnd('s');
        if (At(tokens, s, i + 2) != "ago")
        {
            return null;
        }
        return unit switch
        {
            "day" => Make(text, tokens, i, i + 3, p.AddDays(-n), null, "day"),
            "week" => Make(text, tokens, i, i + 3, p.AddDays(-7 * n), null, "day"),
            "month" => Make(text, tokens, i, i + 3, new DateOnly(p.Year, p.Month, 1).AddMonths(-n), null, "month"),
            "year" or "decade" => Make(text, tokens, i, i + 3, new DateOnly(p.Year - n * (unit == "decade" ? 10 : 1), 1, 1), null, "year"),
            _ => null,
        };
    }

    private static TemporalExpression? Year(string text, IReadOnlyList<Token> tokens, Sentence s, int i)
    {
        var w = At(tokens, s, i);
        if (w is not ("in" or "since" or "until" or "by" or "from" or "during" or "between"))
        {
            return null;
        }
        if (IsYear(tokens, s, i + 1))
        {
            var y = int.Parse(At(tokens, s, i + 1), CultureInfo.InvariantCulture);
            var end = i + 2;
            var y2 = y;
            if (At(tokens, s, end) is "-" or "and" or "to" && IsYear(tokens, s, end + 1))
            {
                y2 = int.Parse(At(tokens, s, end + 1), CultureInfo.InvariantCulture);
                end += 2;
            }
            return Make(text, tokens, i + 1, end, new DateOnly(y, 1, 1), new DateOnly(y2, 12, 31), "year");
        }
        var next = At(tokens, s, i + 1) == "the" ? i + 2 : i + 1;
        var part = At(tokens, s, next) is "early" or "mid" or "late" ? At(tokens, s, next) : null;
        if (part is not null)
        {
            next++;
        }
        var decade = At(tokens, s, next);
        if (decade.Length == 5 && decade.EndsWith('s') && int.TryParse(decade[..4], out var dy) && dy % 10 == 0 && dy is > 1000 and < 2100)
        {
            var (first, last) = part switch { "early" => (dy, dy + 3), "mid" => (dy + 3, dy + 6), "late" => (dy + 6, dy + 9), _ => (dy, dy + 9) };
            return Make(text, tokens, i + 1, next + 1, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), "year");
        }
        return null;
    }

    private static bool IsNumber(IReadOnlyList<Token> tokens, Sentence s, int i) => i < s.TokenEnd && tokens[i].Kind == TokenKind.Number;

    private static bool IsYear(IReadOnlyList<Token> tokens, Sentence s, int i) =>
        IsNumber(tokens, s, i) && tokens[i].Norm.Length == 4 && int.TryParse(tokens[i].Norm, out var y) && y is >= 1000 and <= 2100;
}

using System.Globalization;
using Entente.Storage.Query;

namespace Entente.Storage.Export;

/// <summary>Writes events as GDELT 2.0 event rows (61 tab-separated columns, no header) and mentions as GDELT 2.0
/// mention rows (16 columns), so that tools written for GDELT read Entente's output.</summary>
/// <remarks>Differences, by necessity: actor country codes are ISO alpha-3 (GDELT's are CAMEO codes, mostly the same);
/// geographic country codes are ISO alpha-2 (GDELT uses FIPS 10-4); AvgTone and feature ids are empty because
/// Entente does not compute them.</remarks>
public sealed class GdeltWriter(IReadOnlyDictionary<string, string> iso2ByIso3)
{
    /// <summary>Columns per event row.</summary>
    public const int EventColumns = 61;

    /// <summary>Columns per mention row.</summary>
    public const int MentionColumns = 16;

    public long WriteEvents(TextWriter w, IEnumerable<EventRow> events)
    {
        long n = 0;
        var cols = new string[EventColumns];
        foreach (var e in events)
        {
            Fill(cols, e);
            w.Write(string.Join('\t', cols));
            w.Write('\n');
            n++;
        }
        return n;
    }

    public long WriteMentions(TextWriter w, IEnumerable<MentionRow> mentions, IReadOnlyDictionary<long, string?> eventDates)
    {
        long n = 0;
        foreach (var m in mentions)
        {
            var eventDate = Stamp(eventDates.GetValueOrDefault(m.EventId) ?? m.Published);
            string[] cols =
            [
                Num(m.EventId), eventDate, Stamp(m.Published), MentionType(m), Clean(m.Outlet), Clean(m.ArticleUrl ?? m.ArticleSource),
                Num(m.SentenceIndex + 1), m.SourceStart is { } s ? Num(s) : "-1", m.TargetStart is { } t ? Num(t) : "-1", Num(m.TriggerStart),
                "1", Num((int)Math.Round(m.Confidence * 100)), Num(m.ArticleLength), "", "", "",
            ];
            w.Write(string.Join('\t', cols));
            w.Write('\n');
            n++;
        }
        return n;
    }

    private void Fill(string[] c, EventRow e)
    {
        Array.Fill(c, "");
        var date = e.Date is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        c[0] = Num(e.Id);
        if (date is { } day)
        {
            c[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            c[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            c[3] = Num(day.Year);
            c[4] = (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        }
        Actor(c, 5, e.SourceCode, e.SourceName, e.SourceCountry);
        Actor(c, 15, e.TargetCode, e.TargetName, e.TargetCountry);
        c[25] = e.FirstSentenceIndex is <= 1 ? "1" : "0";
        c[26] = e.Cameo;
        c[27] = e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo;
        c[28] = e.Root;
        c[29] = Num(e.QuadClass);
        c[30] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
        c[31] = Num(e.NumMentions);
        c[32] = Num(e.NumSources);
        c[33] = Num(e.NumArticles);
        Geo(c, 35, e.SourceCountry, null, null, null);
        Geo(c, 43, e.TargetCountry, null, null, null);
        Geo(c, 51, e.PlaceCountry, e.PlaceName, e.Lat, e.Lon);
        c[59] = Stamp(e.Added);
        c[60] = Clean(e.SourceUrl);
    }

    private static void Actor(string[] c, int at, string? code, string? name, string? country)
    {
        c[at] = Clean(code);
        c[at + 1] = Clean(name?.ToUpperInvariant());
        c[at + 2] = country is { Length: 3 } && !country.StartsWith("IGO", StringComparison.Ordinal) ? country : "";
        if (code is { Length: >= 6 } && (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)))
        {
            c[at + 3] = code[3..Math.Min(6, code.Length)];
        }
        if (code is { Length: >= 6 } && country is not null && code.StartsWith(country, StringComparison.Ordinal))
        {
            c[at + 7] = code.Substring(3, 3);
        }
    }

    // Type 1 = a country, 4 = a place with coordinates outside the US, 3 = a US place.
    private void Geo(string[] c, int at, string? country, string? place, double? lat, double? lon)
    {
        if (country is null && place is null)
        {
            return;
        }
        var hasPoint = lat is not null && lon is not null && place is not null;
        c[at] = !hasPoint ? "1" : country == "USA" ? "3" : "4";
        c[at + 1] = Clean(place ?? country);
        c[at + 2] = country is not null && iso2ByIso3.TryGetValue(country, out var iso2) ? iso2 : "";
        c[at + 3] = c[at + 2];
        if (lat is { } la && lon is { } lo)
        {
            c[at + 5] = la.ToString("0.####", CultureInfo.InvariantCulture);
            c[at + 6] = lo.ToString("0.####", CultureInfo.InvariantCulture);
        }
    }

    private static string MentionType(MentionRow m) => m.ArticleUrl is not null ? "1" : "6";

    private static string Stamp(string? isoDateOrTime)
    {
        if (isoDateOrTime is null)
        {
            return "";
        }
        if (DateTime.TryParse(isoDateOrTime, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
        {
            return t.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        }
        return "";
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    // A tab or line break inside a field would shift every column after it.
    private static string Clean(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

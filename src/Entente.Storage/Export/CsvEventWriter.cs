using System.Globalization;
using CsvHelper;
using Entente.Storage.Query;

namespace Entente.Storage.Export;

/// <summary>Writes events as CSV with a header, one row per event, evidence sentence included.</summary>
public static class CsvEventWriter
{
    private static readonly string[] Header =
    [
        "id", "date", "date_end", "source", "source_country", "source_code", "target", "target_country", "target_code",
        "cameo", "cameo_name", "plover", "quad_class", "goldstein", "place", "place_country", "lat", "lon", "modality",
        "sanctioned", "num_mentions", "num_sources", "num_articles", "sentence", "source_url",
    ];

    public static long Write(TextWriter output, IEnumerable<EventRow> events)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }
        csv.NextRecord();
        long n = 0;
        foreach (var e in events)
        {
            object?[] row =
            [
                e.Id, e.Date, e.DateEnd, e.SourceName, e.SourceCountry, e.SourceCode, e.TargetName, e.TargetCountry, e.TargetCode,
                e.Cameo, e.CameoName, e.Plover, e.QuadClass, e.Goldstein, e.PlaceName, e.PlaceCountry, e.Lat, e.Lon, e.Modality,
                e.Sanctioned, e.NumMentions, e.NumSources, e.NumArticles, e.Sentence, e.SourceUrl,
            ];
            foreach (var field in row)
            {
                csv.WriteField(field);
            }
            csv.NextRecord();
            n++;
        }
        return n;
    }
}

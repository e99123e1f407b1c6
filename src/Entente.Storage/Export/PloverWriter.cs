using System.Text.Json;
using Entente.Storage.Query;

namespace Entente.Storage.Export;

/// <summary>Writes events as PLOVER JSON lines (the field names of the PLOVER/POLECAT specification).</summary>
public static class PloverWriter
{
    public static long Write(Stream output, IEnumerable<EventRow> events)
    {
        long n = 0;
        using var w = new Utf8JsonWriter(output);
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", "entente-" + e.Id);
            w.WriteString("date", e.Date);
            w.WriteString("event", e.Plover);
            w.WriteString("mode", e.PloverMode);
            w.WriteStartArray("context");
            foreach (var c in e.Contexts.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                w.WriteStringValue(c);
            }
            w.WriteEndArray();
            Actor(w, "actor", e.SourceName, e.SourceCountry, e.SourceCode);
            Actor(w, "recipient", e.TargetName, e.TargetCountry, e.TargetCode);
            w.WriteString("cameo", e.Cameo);
            w.WriteNumber("goldstein", e.Goldstein);
            w.WriteNumber("quad_class", e.QuadClass);
            w.WriteString("location", e.PlaceName);
            w.WriteString("location_country", e.PlaceCountry);
            if (e.Lat is { } lat && e.Lon is { } lon)
            {
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
            }
            w.WriteNumber("num_mentions", e.NumMentions);
            w.WriteNumber("num_sources", e.NumSources);
            w.WriteNumber("num_articles", e.NumArticles);
            w.WriteString("modality", e.Modality);
            w.WriteString("text", e.Sentence);
            w.WriteString("source_url", e.SourceUrl);
            w.WriteEndObject();
            w.Flush();
            output.WriteByte((byte)'\n');
            w.Reset(output);
            n++;
        }
        return n;
    }

    private static void Actor(Utf8JsonWriter w, string role, string? name, string? country, string? code)
    {
        w.WriteString(role, name);
        w.WriteString(role + "_country", country);
        w.WriteString(role + "_code", code);
    }
}

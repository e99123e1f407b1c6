using System.Text.Json;
using Entente.Actors;
using Entente.Documents;
using Entente.Events;

namespace Entente.Output;

/// <summary>Writes a coded document in the JSON shape of CONTRACT.md (extra fields are additive).</summary>
public static class DocumentJson
{
    /// <summary>Writes the whole document: article, entities, events, sanctions.</summary>
    public static void Write(Utf8JsonWriter w, Document doc, bool explain)
    {
        var ids = doc.Entities.ToDictionary(e => e.Key, e => e.Id);
        w.WriteStartObject();
        w.WritePropertyName("article");
        WriteArticle(w, doc.Article);
        w.WriteStartArray("entities");
        foreach (var entity in doc.Entities)
        {
            WriteEntity(w, entity, explain);
        }
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var evt in doc.Events)
        {
            WriteEvent(w, doc, evt, ids, explain, withArticle: false);
        }
        w.WriteEndArray();
        w.WriteStartArray("sanctions");
        foreach (var hit in doc.Sanctions)
        {
            SanctionsJson.Write(w, hit.Hit, hit.EntityId, hit.EntityName);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the article block.</summary>
    public static void WriteArticle(Utf8JsonWriter w, Article article)
    {
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        w.WriteString("title", article.Title);
        w.WriteString("published", article.Published?.ToString("yyyy-MM-dd"));
        w.WriteString("source", article.Source);
        w.WriteString("url", article.Url);
        w.WriteString("format", article.Format);
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e, bool explain)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("type", e.Type);
        w.WriteString("country", e.Country);
        w.WriteString("sector", e.Sector);
        w.WriteString("code", e.Code);
        if (e.Role is not null)
        {
            w.WriteString("role", e.Role);
        }
        w.WriteStartArray("aliases");
        foreach (var a in e.Aliases)
        {
            w.WriteStringValue(a);
        }
        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("text", m.Text);
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            if (explain)
            {
                w.WriteString("rule", m.Rule);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        if (explain)
        {
            w.WriteString("knowledge", e.Source);
        }
        w.WriteEndObject();
    }

    /// <summary>Writes one event; with <paramref name="withArticle"/> it carries its article (JSONL form).</summary>
    public static void WriteEvent(Utf8JsonWriter w, Document doc, Event evt, IReadOnlyDictionary<string, string> ids, bool explain, bool withArticle)
    {
        w.WriteStartObject();
        if (withArticle)
        {
            w.WritePropertyName("article");
            WriteArticle(w, doc.Article);
        }
        w.WriteString("id", evt.Id);
        w.WriteString("date", evt.Date.Start?.ToString("yyyy-MM-dd"));
        w.WriteString("date_end", evt.Date.End?.ToString("yyyy-MM-dd"));
        w.WriteString("date_precision", evt.Date.Precision);
        w.WriteString("date_basis", evt.Date.Basis);
        WriteActors(w, "source", evt.Source, ids);
        WriteActors(w, "target", evt.Target, ids);
        w.WriteString("cameo", evt.Cameo.Code);
        w.WriteString("cameo_name", evt.Cameo.Name);
        w.WriteNumber("goldstein", evt.Cameo.Goldstein);
        w.WriteNumber("quad_class", evt.Cameo.Quad);
        w.WritePropertyName("plover");
        w.WriteStartObject();
        w.WriteString("event", evt.Cameo.Plover);
        w.WriteString("mode", evt.Cameo.PloverMode);
        w.WriteStartArray("context");
        foreach (var c in evt.Contexts)
        {
            w.WriteStringValue(c);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteBoolean("negated", evt.Modality.Negated);
        w.WriteString("modality", evt.Modality.Kind);
        w.WriteNumber("confidence", evt.Confidence);
        if (evt.Place is { } place)
        {
            w.WritePropertyName("place");
            w.WriteStartObject();
            w.WriteString("name", place.Name);
            w.WriteString("country", place.Country);
            WriteNumberOrNull(w, "lat", place.Lat);
            WriteNumberOrNull(w, "lon", place.Lon);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("place");
        }
        w.WritePropertyName("sentence");
        w.WriteStartObject();
        w.WriteNumber("index", evt.SentenceIndex);
        w.WriteString("text", doc.Text[evt.SentenceSpan.Start..evt.SentenceSpan.End]);
        w.WriteNumber("start", evt.SentenceSpan.Start);
        w.WriteNumber("end", evt.SentenceSpan.End);
        w.WriteEndObject();
        w.WritePropertyName("trigger");
        w.WriteStartObject();
        w.WriteString("text", doc.Text[evt.Trigger.Start..evt.Trigger.End]);
        w.WriteNumber("start", evt.Trigger.Start);
        w.WriteNumber("end", evt.Trigger.End);
        w.WriteEndObject();
        w.WriteString("pattern", $"{evt.Pattern.Origin} {evt.Pattern.Text}");
        if (explain)
        {
            WriteExplanation(w, evt);
        }
        w.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter w, Event evt)
    {
        w.WritePropertyName("explain");
        w.WriteStartObject();
        w.WriteString("pattern", $"{evt.Pattern.Text} ({evt.Pattern.Origin}) → {evt.Cameo.Code} {evt.Cameo.Name}");
        w.WriteString("source", string.Join("; ", evt.Source.Select(a => $"{a.Text} [{a.Code}]: {a.How}")));
        w.WriteString("target", string.Join("; ", evt.Target.Select(a => $"{a.Text} [{a.Code}]: {a.How}")));
        w.WriteString("date", evt.Date.Basis == "text" ? $"'{evt.Date.Text}' → {evt.Date.Start:yyyy-MM-dd}" + (evt.Date.End is { } e ? $"..{e:yyyy-MM-dd}" : "")
            : evt.Date.Basis == "publication" ? "no date in the sentence: the publication date" : "unknown");
        w.WriteString("modality", evt.Modality.Cues.Count == 0 ? "no cue: asserted" : string.Join(", ", evt.Modality.Cues));
        w.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter w, string name, IReadOnlyList<EventActor> actors, IReadOnlyDictionary<string, string> ids)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("entity", a.EntityKey is not null && ids.TryGetValue(a.EntityKey, out var id) ? id : null);
            w.WriteString("text", a.Text);
            w.WriteString("country", a.Country);
            w.WriteString("sector", a.Sector);
            w.WriteString("code", a.Code);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

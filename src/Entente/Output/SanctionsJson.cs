using System.Text.Json;
using Entente.Sanctions;

namespace Entente.Output;

/// <summary>Writes a sanctions hit in the shape of CONTRACT.md (used by <c>code</c> and <c>screen</c>).</summary>
public static class SanctionsJson
{
    /// <summary>Writes one hit; <paramref name="entityId"/> is omitted for <c>screen</c>.</summary>
    public static void Write(Utf8JsonWriter w, ScreeningHit hit, string? entityId, string? entityName)
    {
        w.WriteStartObject();
        if (entityId is not null)
        {
            w.WriteString("entity", entityId);
        }
        if (entityName is not null)
        {
            w.WriteString("entity_name", entityName);
        }
        var entry = hit.Entry;
        w.WriteString("list", entry.List);
        w.WriteString("entry_id", entry.EntryId);
        w.WriteString("entry_name", entry.Name);
        w.WriteString("entry_kind", entry.Kind);
        w.WriteStartArray("programs");
        foreach (var p in entry.Programs)
        {
            w.WriteStringValue(p);
        }
        w.WriteEndArray();
        w.WriteNumber("score", Math.Round(hit.Score, 3));
        w.WriteString("status", hit.Status);
        w.WriteStartArray("reasons");
        foreach (var r in hit.Reasons)
        {
            w.WriteStringValue(r);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

using System.Text.Json;

namespace Entente.Ingest;

/// <summary>One line of a JSONL batch: <c>{"id", "text" | "html", "date", "title", "url"}</c>.</summary>
internal sealed record JsonlRecord(string? Id, string? Text, string? Html, string? Date, string? Title, string? Url, string? Outlet = null)
{
    public static JsonlRecord Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new IngestException(IngestErrors.BadJson, "not a JSON object");
        }
        var root = doc.RootElement;
        return new JsonlRecord(Str(root, "id"), Str(root, "text"), Str(root, "html"), Str(root, "date"), Str(root, "title"), Str(root, "url"), Str(root, "outlet"));
    }

    private static string? Str(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number when name == "id" => v.GetRawText(),
            _ => throw new IngestException(IngestErrors.BadRecord, $"field '{name}' must be a string"),
        };
    }
}

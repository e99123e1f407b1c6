using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Documents;
using Entente.Output;

namespace Entente.Cli.Rendering;

/// <summary>Streams coded documents as JSON (one object, or an array when several) or JSONL (one event a line).</summary>
internal sealed class DocumentSink : IDisposable
{
    private static readonly JsonWriterOptions Pretty = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _out;
    private readonly string _format;
    private readonly bool _explain;
    private Document? _pending;
    private int _count;
    private Utf8JsonWriter? _array;

    public DocumentSink(Stream output, string format, bool explain)
    {
        _out = output;
        _format = format;
        _explain = explain;
    }

    public void Add(Document doc)
    {
        if (_format == "jsonl")
        {
            var ids = doc.Entities.ToDictionary(e => e.Key, e => e.Id);
            foreach (var evt in doc.Events)
            {
                using (var w = new Utf8JsonWriter(_out, Compact))
                {
                    DocumentJson.WriteEvent(w, doc, evt, ids, _explain, withArticle: true);
                }
                _out.WriteByte((byte)'\n');
            }
            _out.Flush();
            return;
        }
        // JSON: a lone document prints as an object; a second one turns the output into an array.
        _count++;
        if (_count == 1)
        {
            _pending = doc;
            return;
        }
        if (_count == 2)
        {
            _array = new Utf8JsonWriter(_out, Pretty);
            _array.WriteStartArray();
            DocumentJson.Write(_array, _pending!, _explain);
            _pending = null;
        }
        DocumentJson.Write(_array!, doc, _explain);
        _array!.Flush();
    }

    public void Dispose()
    {
        if (_pending is not null)
        {
            using var w = new Utf8JsonWriter(_out, Pretty);
            DocumentJson.Write(w, _pending, _explain);
        }
        if (_array is not null)
        {
            _array.WriteEndArray();
            _array.Dispose();
        }
        if (_format != "jsonl" && _count > 0)
        {
            _out.WriteByte((byte)'\n');
        }
        _out.Flush();
    }
}

using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Entente.Cli.Rendering;

/// <summary>Store rows as JSON (an array, snake_case fields) or CSV (a header and one line a row).</summary>
internal static class RowOutput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static void WriteJson<T>(TextWriter output, IEnumerable<T> rows)
    {
        output.WriteLine(JsonSerializer.Serialize(rows.ToList(), Json));
    }

    public static void WriteCsv<T>(TextWriter output, IEnumerable<T> rows)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.Context.TypeConverterOptionsCache.GetOptions<double>().Formats = ["0.###"];
        csv.WriteRecords(rows);
    }

    /// <summary>Writes <paramref name="rows"/> to stdout as JSON or CSV, or draws them with <paramref name="table"/>.</summary>
    public static void Write<T>(CliStreams streams, string format, IReadOnlyList<T> rows, Action table)
    {
        if (format is not ("json" or "csv"))
        {
            table();
            return;
        }
        using var w = streams.StdoutWriter();
        if (format == "json")
        {
            WriteJson(w, rows);
        }
        else
        {
            WriteCsv(w, rows);
        }
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Entente.Sanctions;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente match --pairs FILE.csv</c>: scores name pairs, one JSON line per pair, in input order.</summary>
public sealed class MatchCommand(CliStreams streams) : Command<MatchSettings>
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc/>
    public override int Execute(CommandContext context, MatchSettings settings, CancellationToken cancellationToken)
    {
        var matcher = new NameMatcher();
        using var reader = new StreamReader(settings.Pairs!);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !header.Contains("name1") || !header.Contains("name2"))
        {
            streams.Fail($"E107 {settings.Pairs}: the header must name columns name1 and name2");
            return 2;
        }
        using var stdout = streams.OpenStdout();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = csv.GetField("name1") ?? "";
            var b = csv.GetField("name2") ?? "";
            using (var w = new Utf8JsonWriter(stdout, Compact))
            {
                w.WriteStartObject();
                w.WriteString("name1", a);
                w.WriteString("name2", b);
                w.WriteNumber("score", Math.Round(matcher.Score(a, b), 4));
                w.WriteBoolean("match", matcher.IsMatch(a, b));
                w.WriteEndObject();
            }
            stdout.WriteByte((byte)'\n');
        }
        return 0;
    }
}

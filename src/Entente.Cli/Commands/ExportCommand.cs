using System.Text;
using Entente.Knowledge;
using Entente.Storage.Export;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente export FORMAT</c>: stored events as GDELT, PLOVER, CSV or GraphML.</summary>
public sealed class ExportCommand(CliStreams streams) : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.Open(settings);
        var query = settings.ToQuery(limit: int.MaxValue);
        // Write to a temporary file and move it into place: a failed export never leaves half a file behind.
        var temp = settings.Out is null ? null : settings.Out + ".partial";
        using (var stream = temp is null ? streams.OpenStdout() : File.Create(temp))
        {
            long n;
            switch (settings.Format)
            {
                case "gdelt":
                case "mentions":
                    var iso2 = KnowledgeLoader.Default().Build().Countries.ToDictionary(c => c.Iso3, c => c.Iso2, StringComparer.Ordinal);
                    using (var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                    {
                        var gdelt = new GdeltWriter(iso2);
                        if (settings.Format == "gdelt")
                        {
                            n = gdelt.WriteEvents(w, store.StreamEvents(query));
                        }
                        else
                        {
                            var dates = store.StreamEvents(query).ToDictionary(e => e.Id, e => e.Date);
                            n = gdelt.WriteMentions(w, store.MentionsOf(query), dates);
                        }
                    }
                    break;
                case "plover":
                    n = PloverWriter.Write(stream, store.StreamEvents(query));
                    break;
                case "csv":
                    using (var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                    {
                        n = CsvEventWriter.Write(w, store.StreamEvents(query));
                    }
                    break;
                default:
                    n = GraphMlWriter.Write(stream, store.Network(query, 100_000)).Edges;
                    break;
            }
            if (temp is not null)
            {
                streams.Error.WriteLine($"entente: wrote {n} {(settings.Format == "graphml" ? "edges" : "rows")} to {settings.Out}");
            }
        }
        if (temp is not null)
        {
            File.Move(temp, settings.Out!, overwrite: true);
        }
        return 0;
    }
}

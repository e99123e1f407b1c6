using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Knowledge;
using Entente.Output;
using Entente.Pipeline;
using Entente.Sanctions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente screen NAME --lists ...</c>: one name against the lists, best hits first, with reasons.</summary>
public sealed class ScreenCommand(CliStreams streams) : Command<ScreenSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ScreenSettings settings, CancellationToken cancellationToken)
    {
        var lists = ListPaths.Resolve(settings.Lists, EntenteHome.Resolve(settings.Home));
        if (lists.Count == 0)
        {
            streams.Fail("no sanctions lists: import them with `entente lists import PATH...` (or `entente lists update`), or pass --lists PATH");
            return 2;
        }
        var kb = KnowledgeLoader.Default().Build();
        var screener = new Screener(SanctionsListLoader.Load(lists, kb.CountryCode));
        var kind = settings.Kind switch { "person" => "PERSON", "org" => "ORG", _ => "unknown" };
        var hits = screener.Screen(new ScreeningQuery(settings.Name, kind, settings.Country?.ToUpperInvariant(), settings.Born), settings.Max);
        if (settings.Format == "json")
        {
            using var stream = streams.OpenStdout();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartArray();
                foreach (var hit in hits)
                {
                    SanctionsJson.Write(w, hit, entityId: null, entityName: settings.Name);
                }
                w.WriteEndArray();
            }
            stream.WriteByte((byte)'\n');
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Status", "Score", "List", "Entry", "Programs", "Reasons");
        foreach (var hit in hits)
        {
            table.AddRow(hit.Status == ScreeningHit.Match ? "[red]match[/]" : "[yellow]possible[/]", hit.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(hit.Entry.List), Markup.Escape($"{hit.Entry.Name} ({hit.Entry.EntryId})"), Markup.Escape(string.Join(", ", hit.Entry.Programs)),
                Markup.Escape(string.Join("\n", hit.Reasons)));
        }
        streams.Console.Write(hits.Count == 0 ? new Markup($"[green]no hit[/] for {Markup.Escape(settings.Name)}\n") : table);
        return 0;
    }
}

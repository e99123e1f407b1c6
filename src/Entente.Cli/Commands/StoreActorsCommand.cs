using System.Globalization;
using Entente.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente actors [SEARCH]</c>: the actors in the store, most active first.</summary>
public sealed class StoreActorsCommand(CliStreams streams) : Command<StoreActorsSettings>
{
    public override int Execute(CommandContext context, StoreActorsSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.Open(settings);
        var rows = store.Actors(settings.Search, settings.Country, settings.Limit, settings.Offset);
        RowOutput.Write(streams, settings.Format, rows, () => DrawActors(rows));
        return 0;
    }

    private void DrawActors(IReadOnlyList<Entente.Storage.Query.ActorRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "id", "name", "type", "country", "code", "events", "articles", "sanctioned" })
        {
            table.AddColumn(h);
        }
        foreach (var a in rows)
        {
            table.AddRow(a.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(a.Name), a.Type, a.Country ?? "", Markup.Escape(a.Code ?? ""),
                a.Events.ToString(CultureInfo.InvariantCulture), a.Articles.ToString(CultureInfo.InvariantCulture), a.Sanctioned ? "[red]yes[/]" : "");
        }
        streams.Console.Write(table);
    }
}

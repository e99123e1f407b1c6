using Entente.Cli.Rendering;
using Entente.Storage.Query;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente events</c>: query the stored events.</summary>
public sealed class EventsCommand(CliStreams streams) : Command<EventsSettings>
{
    public override int Execute(CommandContext context, EventsSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.Open(settings);
        var sort = settings.Sort switch
        {
            "oldest" => EventSort.DateAscending,
            "mentions" => EventSort.Mentions,
            "goldstein" => EventSort.Goldstein,
            _ => EventSort.DateDescending,
        };
        var rows = store.Events(settings.ToQuery(settings.Limit, settings.Offset, sort));
        RowOutput.Write(streams, settings.Format, rows, () => EventTable.Render(streams.Console, rows));
        return 0;
    }
}

using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Sanctions.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente lists import PATH...</c>: validates list files by loading them, then stores them under the home folder.</summary>
public sealed class ListsImportCommand(CliStreams streams) : Command<ListsImportSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ListsImportSettings settings, CancellationToken cancellationToken)
    {
        var store = new ListStore(EntenteHome.Resolve(settings.Home).Path);
        var kb = KnowledgeLoader.Default().Build();
        var imported = store.Import(settings.Paths, kb.CountryCode);
        ListsReport.Imported(streams.Console, imported);
        return 0;
    }
}

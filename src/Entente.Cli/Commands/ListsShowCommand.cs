using Entente.Pipeline;
using Entente.Sanctions.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente lists show</c>: a table of the imported lists; * marks the import <c>code</c> and <c>screen</c> use.</summary>
public sealed class ListsShowCommand(CliStreams streams) : Command<EntenteSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, EntenteSettings settings, CancellationToken cancellationToken)
    {
        var store = new ListStore(EntenteHome.Resolve(settings.Home).Path);
        var imports = store.Imports();
        if (imports.Count == 0)
        {
            streams.Console.MarkupLine(Markup.Escape($"no lists imported under {store.Folder}; run `entente lists import PATH...` or `entente lists update`"));
            return 0;
        }
        streams.Console.Write(ListsReport.Table(imports, store.Latest()));
        return 0;
    }
}

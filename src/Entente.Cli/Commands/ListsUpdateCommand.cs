using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Sanctions.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente lists update</c>: downloads the official OFAC CSV files and the UN XML, then imports them.
/// The only command that uses the network.</summary>
public sealed class ListsUpdateCommand(CliStreams streams, IListDownloader downloader) : Command<EntenteSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, EntenteSettings settings, CancellationToken cancellationToken)
    {
        var store = new ListStore(EntenteHome.Resolve(settings.Home).Path);
        var kb = KnowledgeLoader.Default().Build();
        foreach (var url in ListUpdater.OfficialSources)
        {
            streams.Console.MarkupLine(Markup.Escape($"downloading {url}"));
        }
        try
        {
            var imported = new ListUpdater(downloader, store).UpdateAsync(kb.CountryCode, cancellationToken: cancellationToken).GetAwaiter().GetResult();
            ListsReport.Imported(streams.Console, imported);
            return 0;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            streams.Fail($"E202 download failed, nothing imported: {ex.Message}");
            return 1;
        }
    }
}

using System.Globalization;
using Entente.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente articles [SEARCH]</c>: the ingested articles, newest first.</summary>
public sealed class ArticlesCommand(CliStreams streams) : Command<ArticlesSettings>
{
    public override int Execute(CommandContext context, ArticlesSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.Open(settings);
        var rows = store.Articles(settings.Search, settings.Limit, settings.Offset);
        RowOutput.Write(streams, settings.Format, rows, () => DrawArticles(rows));
        return 0;
    }

    private void DrawArticles(IReadOnlyList<Entente.Storage.Query.ArticleRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "id", "published", "outlet", "title", "events", "source" })
        {
            table.AddColumn(h);
        }
        foreach (var a in rows)
        {
            table.AddRow(a.Id.ToString(CultureInfo.InvariantCulture), a.Published ?? "?", Markup.Escape(a.Outlet), Markup.Escape(a.Title ?? ""),
                a.EventCount.ToString(CultureInfo.InvariantCulture), Markup.Escape(a.Url ?? a.Source));
        }
        streams.Console.Write(table);
    }
}

using System.Globalization;
using Entente.Cli.Rendering;
using Entente.Storage.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente stats</c>: event counts by month, by quad class and by dyad.</summary>
public sealed class StatsCommand(CliStreams streams) : Command<StatsSettings>
{
    private static readonly string[] QuadNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    public override int Execute(CommandContext context, StatsSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.Open(settings);
        var query = settings.ToQuery();
        var months = store.CountsByMonth(query);
        var quads = store.CountsByQuad(query);
        var dyads = store.TopDyads(query, settings.Dyads);
        var rows = months.Select(r => new StatRow("month", r.Key, r.QuadClass, r.Count, r.MeanGoldstein))
            .Concat(quads.Select(r => new StatRow("quad_class", r.Key, r.QuadClass, r.Count, r.MeanGoldstein)))
            .Concat(dyads.Select(r => new StatRow("dyad", r.Key, null, r.Count, r.MeanGoldstein)))
            .ToList();
        if (settings.Format is "json" or "csv")
        {
            RowOutput.Write(streams, settings.Format, rows, () => { });
            return 0;
        }
        var console = streams.Console;
        var byMonth = new Table().Border(TableBorder.Rounded).Title("events by month and quad class");
        byMonth.AddColumns("month", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "total");
        foreach (var month in months.GroupBy(m => m.Key))
        {
            var counts = Enumerable.Range(1, 4).Select(q => month.Where(m => m.QuadClass == q).Sum(m => m.Count)).ToList();
            byMonth.AddRow([month.Key, .. counts.Select(Num), Num(counts.Sum())]);
        }
        console.Write(byMonth);
        var byQuad = new Table().Border(TableBorder.Rounded).Title("by quad class");
        byQuad.AddColumns("quad class", "events", "mean Goldstein");
        foreach (var q in quads)
        {
            byQuad.AddRow($"{q.QuadClass} {QuadNames[Math.Clamp(q.QuadClass, 0, 4)]}", Num(q.Count), q.MeanGoldstein.ToString("0.0", CultureInfo.InvariantCulture));
        }
        console.Write(byQuad);
        var byDyad = new Table().Border(TableBorder.Rounded).Title("top dyads (source > target)");
        byDyad.AddColumns("dyad", "events", "mean Goldstein");
        foreach (var d in dyads)
        {
            byDyad.AddRow(Markup.Escape(d.Key), Num(d.Count), d.MeanGoldstein.ToString("0.0", CultureInfo.InvariantCulture));
        }
        console.Write(byDyad);
        return 0;
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed record StatRow(string Kind, string Key, int? QuadClass, long Count, double MeanGoldstein);
}

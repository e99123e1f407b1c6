using System.Globalization;
using Entente.Storage;
using Entente.Storage.Ingest;
using Entente.Storage.Query;
using Spectre.Console;

namespace Entente.Cli.Rendering;

/// <summary>The end of an ingest: what happened, what the store now holds, and the most reported events.</summary>
internal static class IngestReport
{
    public static void Render(IAnsiConsole console, IEventStore store, IngestSummary s, int top)
    {
        var totals = store.Totals();
        console.MarkupLine(CultureInfo.InvariantCulture,
            "[bold]Ingested[/] {0} new, {1} unchanged, {2} failed in {3:0.0} s ({4:0} articles/s) into {5} {6}",
            s.Added, s.Unchanged, s.Failed, s.Elapsed.TotalSeconds, s.PerSecond, store.Engine, Markup.Escape(store.Location));
        console.MarkupLine(CultureInfo.InvariantCulture,
            "[bold]Store[/]: {0} articles, {1} events ({2} reports), {3} actors, {4} sanctions hits, {5} input errors",
            totals.Articles, totals.Events, totals.Mentions, totals.Actors, totals.Hits, totals.Errors);
        if (top > 0 && totals.Events > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Top events[/] (most reported first)");
            EventTable.Render(console, store.Events(new EventQuery { Limit = top, Sort = EventSort.Mentions }));
        }
    }
}

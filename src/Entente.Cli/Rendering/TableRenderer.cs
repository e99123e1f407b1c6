using Entente.Documents;
using Entente.Events;
using Spectre.Console;

namespace Entente.Cli.Rendering;

/// <summary>Prints coded articles as readable tables: one per article, events first, then actors.</summary>
internal static class TableRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<Document> docs, bool explain)
    {
        foreach (var doc in docs)
        {
            var a = doc.Article;
            console.Write(new Rule($"[bold]{Markup.Escape(a.Title ?? a.Id)}[/]").LeftJustified());
            console.MarkupLine($"[grey]{Markup.Escape(a.Source)} · published {a.Published?.ToString("yyyy-MM-dd") ?? "unknown"} · "
                               + $"{doc.Entities.Count} actors · {doc.Events.Count} events[/]");
            if (doc.Events.Count > 0)
            {
                console.Write(EventsTable(doc, explain));
            }
            var people = doc.Entities.Where(e => e.Type is "PERSON" or "ORG").ToList();
            if (people.Count > 0)
            {
                var actors = new Table().Border(TableBorder.Simple).AddColumns("Actor", "Type", "Code", "Role", "Also called");
                foreach (var e in people)
                {
                    actors.AddRow(Markup.Escape(e.Name), e.Type, e.Code ?? "", Markup.Escape(e.Role ?? ""), Markup.Escape(string.Join(", ", e.Aliases)));
                }
                console.Write(actors);
            }
            console.WriteLine();
        }
    }

    private static Table EventsTable(Document doc, bool explain)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Date", "Source", "CAMEO", "Target", "Status", "Evidence");
        foreach (var evt in doc.Events)
        {
            var date = evt.Date.Start is { } d ? d.ToString("yyyy-MM-dd") + (evt.Date.End is { } e ? ".." + e.ToString("MM-dd") : "") : "—";
            var status = evt.Modality.Negated ? "[red]negated[/]" : evt.Modality.Kind switch
            {
                "asserted" => "[green]asserted[/]",
                "reported" => "[green]reported[/]",
                "historical" => "[grey]historical[/]",
                var k => $"[yellow]{k}[/]",
            };
            var trigger = doc.Text[evt.Trigger.Start..evt.Trigger.End];
            var evidence = $"[bold]{Markup.Escape(trigger)}[/]";
            if (explain)
            {
                evidence += $"\n[grey]{Markup.Escape(evt.Pattern.Origin + " " + evt.Pattern.Text)}[/]";
            }
            table.AddRow(date, Actors(evt.Source), $"{evt.Cameo.Code} {Markup.Escape(evt.Cameo.Name)}", Actors(evt.Target), status, evidence);
        }
        return table;
    }

    private static string Actors(IReadOnlyList<EventActor> actors) =>
        string.Join("\n", actors.Select(a => $"{Markup.Escape(a.Text)} [grey]{a.Code}[/]"));
}

using System.Globalization;
using Entente.Storage.Query;
using Spectre.Console;

namespace Entente.Cli.Rendering;

/// <summary>Events as a terminal table, evidence sentence included.</summary>
internal static class EventTable
{
    public static void Render(IAnsiConsole console, IReadOnlyList<EventRow> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id");
        table.AddColumn("date");
        table.AddColumn("source");
        table.AddColumn("event");
        table.AddColumn("target");
        table.AddColumn(new TableColumn("reports").RightAligned());
        foreach (var e in events)
        {
            table.AddRow(
                e.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(e.Date ?? "?"),
                Actor(e.SourceName, e.SourceCode),
                Markup.Escape($"{e.Cameo} {Shorten(e.CameoName, 28)}") + (e.Sanctioned ? " [red]§[/]" : ""),
                Actor(e.TargetName, e.TargetCode),
                $"{e.NumMentions}/{e.NumArticles}/{e.NumSources}");
        }
        console.Write(table);
        // Evidence under the table, one line an event: a sentence squeezed into a column is unreadable.
        var width = Math.Max(40, console.Profile.Width - 8);
        foreach (var e in events.Where(e => e.Sentence is not null))
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0,5}[/] [dim]{1}[/]", e.Id, Markup.Escape(Shorten(e.Sentence!.ReplaceLineEndings(" "), width)));
        }
        console.MarkupLine("[dim]reports = mentions/articles/sources; § = a confirmed sanctioned party[/]");
    }

    private static string Actor(string? name, string? code) =>
        name is null ? "[dim]-[/]" : $"{Markup.Escape(Shorten(name, 24))} [dim]{Markup.Escape(code ?? "")}[/]";

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

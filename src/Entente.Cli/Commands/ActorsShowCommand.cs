using Entente.Actors;
using Entente.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente actors show NAME [--date D]</c>: what Entente knows about a name, and why.</summary>
public sealed class ActorsShowCommand(CliStreams streams) : Command<ActorsShowSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ActorsShowSettings settings, CancellationToken cancellationToken)
    {
        var pipeline = PipelineFactory.Build(EntenteHome.Resolve(settings.Home), settings.Actors, []);
        var entries = new ActorLookup(new ActorLexicon(pipeline.Knowledge)).Find(settings.Name);
        if (entries.Count == 0)
        {
            streams.Fail($"'{settings.Name}' is not in the knowledge base (add it with --actors FILE; see docs/knowledge-files.md)");
            return 1;
        }
        var console = streams.Console;
        foreach (var entry in entries)
        {
            var (type, name, country, sector) = ActorLookup.Describe(entry);
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("[grey]matches[/]", Markup.Escape($"{entry.Written} ({entry.Kind.ToString().ToLowerInvariant()}{(entry.IsShortName ? ", short name" : "")})"));
            grid.AddRow("[grey]names[/]", Markup.Escape(name ?? entry.Written));
            grid.AddRow("[grey]type[/]", type ?? "agent noun");
            if (entry.Person is { } person)
            {
                var (s, role, c) = ActorCodes.PersonOn(person, settings.On);
                grid.AddRow("[grey]on " + settings.On.ToString("yyyy-MM-dd") + "[/]", Markup.Escape($"{ActorCodes.Combine(c, s)} — {role ?? "no office"}"));
                grid.AddRow("[grey]born / died[/]", $"{person.Born?.ToString() ?? "?"} / {person.Died?.ToString() ?? "—"}");
                grid.AddRow("[grey]aliases[/]", Markup.Escape(string.Join(", ", person.Aliases.Concat(person.Short))));
                foreach (var office in person.Offices)
                {
                    grid.AddRow("[grey]office[/]", Markup.Escape($"{office.Start:yyyy-MM-dd} – {office.End?.ToString("yyyy-MM-dd") ?? "now"}  {office.Role} ({office.Country ?? "intl"} {office.Sector})"));
                }
            }
            else
            {
                grid.AddRow("[grey]code[/]", ActorCodes.Combine(country, sector, entry.Organisation?.Code));
            }
            grid.AddRow("[grey]from[/]", Markup.Escape(entry.Origin));
            console.Write(new Panel(grid).Header(Markup.Escape(name ?? entry.Written)));
        }
        return 0;
    }
}

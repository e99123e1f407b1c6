using Entente.Cli.Commands;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Sanctions.Store;
using Spectre.Console.Cli;

namespace Entente.Cli;

/// <summary>The command-line application: one command class per verb.</summary>
public static class EntenteApp
{
    /// <summary>Runs the CLI with <paramref name="args"/> against <paramref name="streams"/>; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="streams">Where output goes.</param>
    /// <param name="downloader">Fetches list files for <c>lists update</c> (default: HTTP; tests pass a fake).</param>
    public static int Run(string[] args, CliStreams streams, IListDownloader? downloader = null)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliStreams), streams);
        registrar.RegisterLazy(typeof(IListDownloader), () => downloader ?? new HttpListDownloader());
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("entente");
            config.PropagateExceptions();
            config.ConfigureConsole(streams.Console);
            config.AddCommand<CodeCommand>("code")
                .WithDescription("Code news articles into actors, events and sanctions hits")
                .WithExample("code", "samples/", "--format", "table");
            config.AddCommand<ScreenCommand>("screen")
                .WithDescription("Screen one name against sanctions lists")
                .WithExample("screen", "Diosdado Cabello", "--country", "VEN", "--lists", "sdn.csv", "--lists", "alt.csv");
            config.AddCommand<MatchCommand>("match")
                .WithDescription("Score name pairs from a CSV (columns name1,name2): one JSON line per pair")
                .WithExample("match", "--pairs", "pairs.csv");
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Code articles into the store (SQLite by default, or PostgreSQL), then show a summary and the top events")
                .WithExample("ingest", "samples/")
                .WithExample("ingest", "feeds/", "--db", "postgres://entente@localhost/entente");
            config.AddCommand<EventsCommand>("events")
                .WithDescription("Query stored events by actor, country, pair, CAMEO or PLOVER type, quad class, dates, sanctions, text")
                .WithExample("events", "--pair", "VEN-PRK", "--from", "2019-09-01")
                .WithExample("events", "--sanctioned", "--format", "csv");
            config.AddCommand<ArticlesCommand>("articles")
                .WithDescription("List stored articles, newest first")
                .WithExample("articles", "Pyongyang");
            config.AddCommand<StatsCommand>("stats")
                .WithDescription("Count stored events by month, quad class and dyad")
                .WithExample("stats", "--country", "PRK");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export stored events: gdelt, mentions, plover, csv or graphml")
                .WithExample("export", "gdelt", "--out", "events.tsv")
                .WithExample("export", "graphml", "--country", "PRK", "--out", "network.graphml");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the web app: network, timeline, events, articles, actors and live coding, with a JSON API")
                .WithExample("serve")
                .WithExample("serve", "--bind", "0.0.0.0", "--token", "a-long-secret");
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Measure Entente against public evaluation sets");
                eval.AddCommand<EvalSuiteCommand>("suite")
                    .WithDescription("Score event coding on a PETRARCH validation suite or the PLOVER gold standard")
                    .WithExample("eval", "suite", "../shared/data/eventcoding/universalpetrarch/PETR2_GSR_validation.xml");
                eval.AddCommand<EvalNerCommand>("ner")
                    .WithDescription("Score entity recognition on a CoNLL-2003 or IOB2 corpus (PER, LOC, ORG; exact spans)")
                    .WithExample("eval", "ner", "../shared/data/ner/conll2003/original/eng.testb");
                eval.AddCommand<EvalNamesCommand>("names")
                    .WithDescription("Score name matching and screening on the labelled sets in ../shared/data/sanctions")
                    .WithExample("eval", "names", "--data", "../shared/data/sanctions");
            });
            config.AddBranch("lists", lists =>
            {
                lists.SetDescription("Import, show and update the sanctions lists kept under ENTENTE_HOME");
                lists.AddCommand<ListsImportCommand>("import")
                    .WithDescription("Validate list files (OFAC CSV, UN XML, or folders) and store them under ENTENTE_HOME/lists")
                    .WithExample("lists", "import", "sdn.csv", "alt.csv", "add.csv", "consolidated.xml");
                lists.AddCommand<ListsShowCommand>("show")
                    .WithDescription("Show the imported lists; * marks the import code and screen use");
                lists.AddCommand<ListsUpdateCommand>("update")
                    .WithDescription("Download the official OFAC CSV files and UN consolidated XML, then import them");
            });
            config.AddBranch("actors", actors =>
            {
                actors.SetDescription("List the actors in the store (entente actors [--search NAME]), or look one up in the knowledge base (actors show)");
                actors.SetDefaultCommand<StoreActorsCommand>();
                actors.AddCommand<ActorsShowCommand>("show")
                    .WithDescription("Show what Entente knows about a name, and where it comes from")
                    .WithExample("actors", "show", "Cabello", "--date", "2019-09-25");
            });
        });
        // Spectre.Console.Cli reads a lone "-" as an option; stdin travels under another name.
        args = [.. args.Select(a => a == "-" ? InputReader.StdinPath : a)];
        try
        {
            return app.Run(args);
        }
        catch (CommandParseException e)
        {
            streams.Fail(OneLine(e.Message));
            return 2;
        }
        catch (CommandRuntimeException e)
        {
            streams.Fail(OneLine(e.Message));
            return 2;
        }
        catch (KnowledgeFileException e)
        {
            streams.Fail(OneLine(e.Message));
            return 2;
        }
        catch (Entente.Sanctions.SanctionsListException e)
        {
            streams.Fail("E201 " + OneLine(e.Message));
            return 2;
        }
        catch (Entente.Storage.StoreException e)
        {
            streams.Fail("E301 " + OneLine(e.Message));
            return 2;
        }
        catch (Entente.Web.Hosting.WebConfigException e)
        {
            streams.Fail(OneLine(e.Message));
            return 2;
        }
        catch (IngestException e)
        {
            streams.Fail($"{e.Code} {OneLine(e.Message)}");
            return 2;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace on the user's terminal; ENTENTE_DEBUG=1 shows it.
            streams.Fail($"E999 internal error ({e.GetType().Name}: {OneLine(e.Message)}); please report it");
            if (Environment.GetEnvironmentVariable("ENTENTE_DEBUG") == "1")
            {
                streams.Error.WriteLine(e);
            }
            return 70;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

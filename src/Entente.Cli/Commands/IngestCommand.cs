using Entente.Cli.Rendering;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Ingest;
using Entente.Storage.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente ingest PATH…</c>: code articles into the store, then print a summary and the top events.</summary>
public sealed class IngestCommand(CliStreams streams) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        var home = EntenteHome.Resolve(settings.Home);
        using var store = StoreOpener.Open(settings);
        var pipeline = PipelineFactory.Build(home, settings.Actors.Concat(settings.Agents), [], ListPaths.Resolve(settings.Lists, home));
        var versions = pipeline.Lists.GroupBy(l => l.Name).ToDictionary(g => g.Key,
            g => $"{g.First().Date?.ToString("yyyy-MM-dd") ?? "undated"} sha256:{g.First().Checksum[..Math.Min(12, g.First().Checksum.Length)]}");
        var reader = new InputReader(new IngestOptions { DefaultDate = settings.ParsedDate, MaxBytes = settings.MaxSizeMb * 1024L * 1024L }, streams.OpenStdin);
        var runner = new IngestRunner(pipeline, store, versions) { Jobs = settings.Jobs ?? Environment.ProcessorCount };
        var errors = new List<string>();
        var items = reader.Read(settings.Paths);
        var summary = streams.Progress is { } console
            ? RunWithProgress(console, runner, items, errors, cancellationToken)
            : runner.Run(items, new Progress(errors), cancellationToken);
        foreach (var error in errors)
        {
            streams.Fail(error);
        }
        IngestReport.Render(streams.Console, store, summary, settings.Top);
        return summary.Failed > 0 ? 1 : 0;
    }

    private static IngestSummary RunWithProgress(IAnsiConsole console, IngestRunner runner, IEnumerable<IngestItem> items, List<string> errors,
        CancellationToken cancellationToken)
    {
        IngestSummary summary = new();
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: double.MaxValue);
                summary = runner.Run(items, new Progress(errors, s =>
                {
                    task.Description = $"ingesting: {s.Added} new, {s.Unchanged} unchanged, {s.Failed} errors, {s.PerSecond:0} articles/s";
                    task.Value = s.Total;
                }), cancellationToken);
            });
        return summary;
    }

    // Collects error lines as they happen; IProgress<T> runs the callback synchronously on the writer's thread.
    private sealed class Progress(List<string> errors, Action<IngestSummary>? update = null) : IProgress<IngestSummary>
    {
        private int _failed;

        public void Report(IngestSummary value)
        {
            if (value.Failed > _failed && value.LastError is { } error)
            {
                errors.Add(error);
                _failed = value.Failed;
            }
            update?.Invoke(value);
        }
    }
}

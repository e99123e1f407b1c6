using System.Text.Json;
using Entente.Cli.Rendering;
using Entente.Documents;
using Entente.Ingest;
using Entente.Output;
using Entente.Pipeline;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente code PATH...</c>: reads articles, runs the pipeline and prints what it found.
/// A bad item gets a one-line error on stderr; the others are still coded; the exit code is 1 if any failed.</summary>
public sealed class CodeCommand(CliStreams streams) : Command<CodeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CodeSettings settings, CancellationToken cancellationToken)
    {
        var home = EntenteHome.Resolve(settings.Home);
        var pipeline = PipelineFactory.Build(home, settings.Actors.Concat(settings.Agents), settings.Patterns, ListPaths.Resolve(settings.Lists, home));
        var reader = new InputReader(new IngestOptions
        {
            DefaultDate = settings.ParsedDate,
            MaxBytes = settings.MaxSizeMb * 1024L * 1024L,
        }, streams.OpenStdin);
        var failed = 0;
        var results = reader.Read(settings.Paths)
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(settings.Jobs ?? Environment.ProcessorCount)
            .WithCancellation(cancellationToken)
            .Select(item => CodedItem.From(item, pipeline, cancellationToken));
        var docs = new List<Document>();
        using var sink = settings.Format == "table" ? null : new DocumentSink(streams.OpenStdout(), settings.Format, settings.Explain);
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                failed++;
                streams.Fail(error.ToString());
                continue;
            }
            if (sink is not null)
            {
                sink.Add(result.Document!);
            }
            else
            {
                docs.Add(result.Document!);
            }
        }
        if (settings.Format == "table")
        {
            TableRenderer.Render(streams.Console, docs, settings.Explain);
        }
        return failed > 0 ? 1 : 0;
    }
}

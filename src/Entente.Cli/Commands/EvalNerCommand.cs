using System.Globalization;
using Entente.Evaluation;
using Entente.Ingest;
using Entente.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval ner FILE</c>: entity mentions against a CoNLL/IOB2 corpus (exact span and type).</summary>
public sealed class EvalNerCommand(CliStreams streams) : Command<EvalNerSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, EvalNerSettings settings, CancellationToken cancellationToken)
    {
        var pipeline = PipelineFactory.Build(EntenteHome.Resolve(settings.Home), [], []);
        var docs = NerCorpus.Read(settings.Corpus, settings.Limit);
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var coded = docs.AsParallel().WithCancellation(cancellationToken)
            .Select(d => (d.Id, Doc: pipeline.Process(reader.Read(d.Id, settings.Corpus, d.Text, null, title: ""), cancellationToken)))
            .ToDictionary(x => x.Id, x => x.Doc);
        var score = NerScorer.Score(docs, coded);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("type", "P", "R", "F1", "tp", "fp", "fn");
        foreach (var (type, prf) in score)
        {
            table.AddRow(type, F(prf.P), F(prf.R), F(prf.F1), prf.Tp.ToString(CultureInfo.InvariantCulture),
                prf.Fp.ToString(CultureInfo.InvariantCulture), prf.Fn.ToString(CultureInfo.InvariantCulture));
        }
        streams.Console.Write(table);
        var all = score["ALL"];
        streams.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ner {Path.GetFileName(settings.Corpus)}: {docs.Count} documents, PER/LOC/ORG P {all.P:F3} R {all.R:F3} F1 {all.F1:F3}"));
        return 0;
    }

    private static string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
}

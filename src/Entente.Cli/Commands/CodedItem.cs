using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>An input item after the pipeline: the coded document, or the error that stopped it.</summary>
internal sealed record CodedItem(Document? Document, IngestError? Error)
{
    /// <summary>Codes one item; an unexpected failure of one article never stops the batch.</summary>
    public static CodedItem From(IngestItem item, EntentePipeline pipeline, CancellationToken cancellationToken)
    {
        if (item.Error is { } error)
        {
            return new CodedItem(null, error);
        }
        try
        {
            return new CodedItem(pipeline.Process(item.Article!, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var where = item.Article!.Source;
            return new CodedItem(null, new IngestError("E900", where, $"internal error while coding ({e.GetType().Name}: {e.Message}); please report it"));
        }
    }
}

using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;

namespace Entente.Tests.Support;

/// <summary>Fresh values for tests: articles written here, and the shared pipeline (built once: it is immutable).</summary>
internal static class Some
{
    private static readonly Lazy<EntentePipeline> SharedPipeline = new(() => new PipelineBuilder().Build());

    public static EntentePipeline Pipeline => SharedPipeline.Value;

    public static Article Article(string text, DateOnly? published = null, string id = "t1") =>
        new PlainTextReader(BoilerplateDetector.Default).Read(id, "test", text, published ?? new DateOnly(2024, 3, 5));

    public static Document Code(string text, DateOnly? published = null) => Pipeline.Process(Article(text, published));
}

using Entente.Documents;

namespace Entente.Ingest;

/// <summary>One unit of input: an article ready for the pipeline, or the error that stopped it.</summary>
public sealed record IngestItem
{
    private IngestItem(Article? article, IngestError? error)
    {
        Article = article;
        Error = error;
    }

    /// <summary>The article, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>The error, when it failed.</summary>
    public IngestError? Error { get; }

    /// <summary>A readable article.</summary>
    public static IngestItem Ok(Article article) => new(article, null);

    /// <summary>A failed item.</summary>
    public static IngestItem Fail(string code, string item, string message) => new(null, new IngestError(code, item, message));
}

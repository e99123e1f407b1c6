using Entente.Documents;

namespace Entente.Pipeline;

/// <summary>One pipeline stage: takes the document as the previous stage left it and adds one layer.</summary>
/// <remarks>Implementations are immutable after construction and thread-safe: one instance serves every article.</remarks>
public interface IDocumentStage
{
    /// <summary>Short name used in explanations and errors.</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to <paramref name="doc"/>.</summary>
    void Process(Document doc, CancellationToken cancellationToken);
}

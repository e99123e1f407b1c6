using Entente.Documents;
using Entente.Events;
using Entente.Knowledge;

namespace Entente.Pipeline;

/// <summary>The assembled pipeline: text → actors → events → sanctions. Build it once with
/// <see cref="PipelineBuilder"/>; it is immutable and thread-safe, so a batch may run on all cores.</summary>
public sealed class EntentePipeline
{
    internal EntentePipeline(IReadOnlyList<IDocumentStage> stages, KnowledgeBase knowledge, CameoCatalog cameo, PatternDictionary patterns)
    {
        Stages = stages;
        Knowledge = knowledge;
        Cameo = cameo;
        Patterns = patterns;
    }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>The knowledge base in use.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The CAMEO table.</summary>
    public CameoCatalog Cameo { get; }

    /// <summary>The event patterns.</summary>
    public PatternDictionary Patterns { get; }

    /// <summary>The sanctions lists actors are screened against (none unless lists were given).</summary>
    public IReadOnlyList<Sanctions.SanctionsList> Lists { get; init; } = [];

    /// <summary>The actor dictionary the actor stage uses (its vocabulary numbers the text stage's tokens).</summary>
    public required Actors.ActorLexicon Lexicon { get; init; }

    /// <summary>Runs every stage on one article.</summary>
    public Document Process(Article article, CancellationToken cancellationToken = default)
    {
        var doc = new Document(article);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(doc, cancellationToken);
        }
        return doc;
    }
}

using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Text;

/// <summary>Tokenizes the article and splits it into sentences.</summary>
public sealed class TextStage : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public void Process(Document doc, CancellationToken cancellationToken)
    {
        var tokens = Tokenizer.Tokenize(doc.Text);
        doc.Tokens = tokens;
        doc.Sentences = SentenceSplitter.Split(doc.Article, tokens);
    }
}

using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Text;

/// <summary>Tokenizes the article and splits it into sentences.</summary>
/// <param name="vocabulary">Numbers the words (the actor dictionary's words, so that it can look them up by number).</param>
public sealed class TextStage(Vocabulary vocabulary) : IDocumentStage
{
    /// <summary>A text stage that numbers only the common words.</summary>
    public TextStage()
        : this(Vocabulary.Common)
    {
    }

    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public void Process(Document doc, CancellationToken cancellationToken)
    {
        var tokens = Tokenizer.Tokenize(doc.Text, vocabulary);
        doc.Tokens = tokens;
        doc.Vocabulary = vocabulary;
        doc.Sentences = SentenceSplitter.Split(doc.Article, tokens);
    }
}

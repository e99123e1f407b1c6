using Entente.Documents;

namespace Entente.Text;

/// <summary>A sentence: its index, character range and token range (end-exclusive).</summary>
public sealed record Sentence(int Index, TextSpan Span, int TokenStart, int TokenEnd, SentenceKind Kind)
{
    /// <summary>Number of tokens.</summary>
    public int TokenCount => TokenEnd - TokenStart;
}

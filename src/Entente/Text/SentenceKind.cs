namespace Entente.Text;

/// <summary>The part of the article a sentence belongs to.</summary>
public enum SentenceKind : byte
{
    /// <summary>Article body: coded for actors and events.</summary>
    Body,
    /// <summary>The headline: actors only, no events (headlines drop tense and articles).</summary>
    Headline,
    /// <summary>Captions, credits, footers, comment prompts: not coded at all.</summary>
    Boilerplate,
}

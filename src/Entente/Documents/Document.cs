using Entente.Actors;
using Entente.Events;
using Entente.Screening;
using Entente.Text;

namespace Entente.Documents;

/// <summary>An article on its way through the pipeline. Each stage fills one layer, once, in order;
/// nothing rewrites the text, so every offset stays valid.</summary>
/// <remarks>Not thread-safe while stages run; read-only once the pipeline has returned it.</remarks>
public sealed class Document(Article article)
{
    /// <summary>The article: text and metadata.</summary>
    public Article Article { get; } = article;

    /// <summary>The extracted text.</summary>
    public string Text => Article.Text;

    /// <summary>Tokens, set by the text stage.</summary>
    public IReadOnlyList<Token> Tokens { get; internal set; } = [];

    /// <summary>The vocabulary that numbered the tokens' words, set by the text stage.</summary>
    public Vocabulary Vocabulary { get; internal set; } = Vocabulary.Common;

    /// <summary>Sentences, set by the text stage.</summary>
    public IReadOnlyList<Sentence> Sentences { get; internal set; } = [];

    /// <summary>Names, adjectives and agent nouns, set by the actor stage.</summary>
    public IReadOnlyList<Mention> Mentions { get; internal set; } = [];

    private IReadOnlyList<Entity> _entities = [];
    private Dictionary<string, Entity> _entityByKey = [];

    /// <summary>Entities, set by the actor stage.</summary>
    public IReadOnlyList<Entity> Entities
    {
        get => _entities;
        internal set
        {
            _entities = value;
            _entityByKey = value.ToDictionary(e => e.Key, StringComparer.Ordinal);
        }
    }

    /// <summary>Actor phrases ("senior North Korean officials"), set by the actor stage.</summary>
    public IReadOnlyList<ActorPhrase> Actors { get; internal set; } = [];

    /// <summary>Events, set by the event stage.</summary>
    public IReadOnlyList<Event> Events { get; internal set; } = [];

    /// <summary>Sanctions hits, set by the screening stage.</summary>
    public IReadOnlyList<SanctionsHit> Sanctions { get; internal set; } = [];

    /// <summary>The entity with <paramref name="key"/>, if any.</summary>
    public Entity? EntityByKey(string? key) => key is null ? null : _entityByKey.GetValueOrDefault(key);
}

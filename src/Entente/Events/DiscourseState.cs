using Entente.Actors;

namespace Entente.Events;

/// <summary>What the coder remembers while reading one article: who "he" and "they" are, which country
/// "the delegation" belongs to. One instance per document; never shared.</summary>
internal sealed class DiscourseState
{
    private readonly Dictionary<string, EventActor> _agentOwners = new(StringComparer.Ordinal);

    /// <summary>The person most recently in subject position.</summary>
    public EventActor? LastPerson { get; set; }

    /// <summary>The most recent source of any kind (for "they", "it").</summary>
    public List<EventActor>? LastSources { get; set; }

    /// <summary>The two parties most recently named together ("Armenia and Azerbaijan"), for "both sides", "the two countries".</summary>
    public List<EventActor>? LastPair { get; set; }

    /// <summary>The one country the current sentence names, if it names exactly one (for officials of unstated country).</summary>
    public string? SentenceCountry { get; set; }

    /// <summary>The events coded so far in this article, in order.</summary>
    public List<Event> History { get; } = [];

    /// <summary>Remembers that a group noun ("delegation") belongs to <paramref name="owner"/>.</summary>
    public void Own(string agentNoun, EventActor owner) => _agentOwners[agentNoun] = owner;

    /// <summary>The owner of a group noun mentioned earlier, if any.</summary>
    public EventActor? OwnerOf(string agentNoun) => _agentOwners.GetValueOrDefault(agentNoun);

    /// <summary>Remembers a phrase that names its own country ("the Venezuelan delegation").</summary>
    public void Saw(ActorPhrase phrase, EventActor actor)
    {
        if (phrase.AgentNoun is { } noun && phrase.Country is not null)
        {
            _agentOwners[noun] = actor;
        }
    }
}

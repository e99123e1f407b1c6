using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Web.Api;

/// <summary>Known people by store actor key ("person:nicolas-maduro"), for the offices an actor held over time.</summary>
internal sealed class PersonIndex(KnowledgeBase knowledge)
{
    private readonly FrozenDictionary<string, Person> _byKey = knowledge.People
        .GroupBy(p => "person:" + p.Id, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public Person? Find(string actorKey) => _byKey.GetValueOrDefault(actorKey);
}

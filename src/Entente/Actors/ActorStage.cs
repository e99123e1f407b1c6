using Entente.Documents;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Finds actors: dictionary phrases, unknown but typed names, in-article aliases; groups them into
/// entities and builds the actor phrases the event coder works with.</summary>
public sealed class ActorStage(ActorLexicon lexicon) : IDocumentStage
{
    private readonly UnknownNameFinder _unknown = new(lexicon.Words);
    private readonly AliasResolver _aliases = new(lexicon.Words);
    private readonly ActorPhraseBuilder _phrases = new(lexicon.Words);
    private readonly SurnameFinder _surnames = new(lexicon.Surnames, lexicon.Words);

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public void Process(Document doc, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>();
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind == SentenceKind.Boilerplate)
            {
                continue;
            }
            var found = DictionaryMentions(lexicon, doc, sentence);
            ResultsTableTeams.Apply(doc.Tokens, sentence, found);
            if (sentence.Kind == SentenceKind.Body)
            {
                AddUnknownNames(_unknown, doc, sentence, found);
            }
            mentions.AddRange(found);
        }
        var owners = _aliases.Owners(doc.Tokens, mentions);
        mentions.AddRange(_aliases.Resolve(doc.Text, doc.Tokens, doc.Sentences, mentions, owners));
        var shared = owners.Where(o => o.Value is null).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        mentions.AddRange(_surnames.Find(doc.Text, doc.Tokens, doc.Sentences, mentions, shared));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Mentions = mentions;
        doc.Entities = EntityBuilder.Build(mentions, doc.Article.Published);
        doc.Actors = _phrases.Build(doc, mentions);
    }

    /// <summary>Adds the sentence's unknown but typed names; a name built on a known place ("Air France")
    /// replaces the place's own mention.</summary>
    internal static void AddUnknownNames(UnknownNameFinder finder, Document doc, Sentence sentence, List<Mention> found)
    {
        var unknown = finder.Find(doc.Text, doc.Tokens, sentence, found).ToList();
        if (unknown.Count == 0)
        {
            return;
        }
        found.RemoveAll(m => unknown.Exists(u => u.TokenStart <= m.TokenStart && m.TokenEnd <= u.TokenEnd));
        found.AddRange(unknown);
    }

    /// <summary>The dictionary phrases of one sentence, longest match first, left to right.</summary>
    internal static List<Mention> DictionaryMentions(ActorLexicon lexicon, Document doc, Sentence sentence)
    {
        var found = new List<Mention>();
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            if (lexicon.Matcher.MatchAt(doc.Tokens, i, sentence.TokenEnd) is { } match)
            {
                found.Add(MentionFactory.FromMatch(doc.Text, doc.Tokens, sentence.Index, match, lexicon.Described));
                i = match.TokenEnd;
            }
            else
            {
                i++;
            }
        }
        return found;
    }
}

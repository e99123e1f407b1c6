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
            if (sentence.Kind == SentenceKind.Body)
            {
                found.AddRange(_unknown.Find(doc.Text, doc.Tokens, sentence, found));
            }
            mentions.AddRange(found);
        }
        mentions.AddRange(_aliases.Resolve(doc.Text, doc.Tokens, doc.Sentences, mentions));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Mentions = mentions;
        doc.Entities = EntityBuilder.Build(mentions, doc.Article.Published);
        doc.Actors = _phrases.Build(doc, mentions);
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

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
        // One working list for every sentence of the article, rather than a new one each.
        var found = new List<Mention>();
        foreach (var sentence in doc.Sentences)
        {
            found.Clear();
            SentenceMentions(doc, sentence, found);
            mentions.AddRange(found);
        }
        mentions.AddRange(LoneNames(doc, mentions));
        Group(doc, mentions);
        doc.Actors = Phrases(doc, mentions);
    }

    /// <summary>Dictionary phrases, teams in results tables and (in body text) unknown but typed names; a name
    /// built on a known place ("Air France") replaces the place's own mention.</summary>
    internal List<Mention> SentenceMentions(Document doc, Sentence sentence)
    {
        var found = new List<Mention>();
        SentenceMentions(doc, sentence, found);
        return found;
    }

    /// <summary>As <see cref="SentenceMentions(Document, Sentence)"/>, into <paramref name="found"/>, which must be empty.</summary>
    private void SentenceMentions(Document doc, Sentence sentence, List<Mention> found)
    {
        if (sentence.Kind == SentenceKind.Boilerplate)
        {
            return;
        }
        DictionaryMentions(lexicon, doc, sentence, found);
        ResultsTableTeams.Apply(doc.Tokens, sentence, found);
        if (sentence.Kind == SentenceKind.Body && _unknown.Find(doc.Text, doc.Tokens, sentence, found) is { } unknown)
        {
            found.RemoveAll(m => unknown.Exists(u => u.TokenStart <= m.TokenStart && m.TokenEnd <= u.TokenEnd));
            found.AddRange(unknown);
        }
    }

    /// <summary>Lone surnames and given names: aliases of the article's people, or surnames of several people.</summary>
    internal IEnumerable<Mention> LoneNames(Document doc, IReadOnlyList<Mention> mentions) =>
        _aliases.Resolve(doc.Text, doc.Tokens, doc.Sentences, mentions, _surnames);

    /// <summary>Puts the mentions in text order and groups them into entities.</summary>
    internal static void Group(Document doc, List<Mention> mentions)
    {
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Mentions = mentions;
        doc.Entities = EntityBuilder.Build(mentions, doc.Article.Published);
    }

    /// <summary>The actor phrases the event coder works with.</summary>
    internal List<ActorPhrase> Phrases(Document doc, IReadOnlyList<Mention> mentions) => _phrases.Build(doc, mentions);

    /// <summary>The dictionary phrases of one sentence, longest match first, left to right.</summary>
    internal static List<Mention> DictionaryMentions(ActorLexicon lexicon, Document doc, Sentence sentence)
    {
        var found = new List<Mention>();
        DictionaryMentions(lexicon, doc, sentence, found);
        return found;
    }

    private static void DictionaryMentions(ActorLexicon lexicon, Document doc, Sentence sentence, List<Mention> found)
    {
        var tokens = doc.Tokens.AsSpan();
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            if (lexicon.Matcher.MatchAt(tokens, i, sentence.TokenEnd, doc.Vocabulary) is { } match)
            {
                found.Add(MentionFactory.FromMatch(doc.Text, doc.Tokens, sentence.Index, match, lexicon.Described));
                i = match.TokenEnd;
            }
            else
            {
                i++;
            }
        }
    }
}

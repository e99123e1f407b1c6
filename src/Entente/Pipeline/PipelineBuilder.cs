using Entente.Actors;
using Entente.Events;
using Entente.Knowledge;
using Entente.Sanctions;
using Entente.Screening;
using Entente.Text;

namespace Entente.Pipeline;

/// <summary>Collects knowledge files, pattern files and options, then builds an immutable <see cref="EntentePipeline"/>.</summary>
/// <remarks>Not thread-safe; build once and share the pipeline.</remarks>
public sealed class PipelineBuilder
{
    private readonly List<string> _knowledgeFiles = [];
    private readonly List<string> _patternFiles = [];
    private readonly List<string> _listPaths = [];

    /// <summary>Adds a user knowledge file (actors, agents, people, offices...) in Entente's TSV format.</summary>
    public PipelineBuilder WithKnowledgeFile(string path)
    {
        _knowledgeFiles.Add(path);
        return this;
    }

    /// <summary>Adds a user pattern file in the format of patterns.tsv, or a PETRARCH verb dictionary (which replaces the built-in patterns).</summary>
    public PipelineBuilder WithPatternFile(string path)
    {
        _patternFiles.Add(path);
        return this;
    }

    /// <summary>Adds sanctions list files or folders (OFAC legacy CSV, UN consolidated XML); every actor is screened.</summary>
    public PipelineBuilder WithSanctionsLists(IEnumerable<string> paths)
    {
        _listPaths.AddRange(paths);
        return this;
    }

    /// <summary>Loads everything and assembles the stages.</summary>
    /// <exception cref="KnowledgeFileException">A file is missing or malformed.</exception>
    public EntentePipeline Build()
    {
        var loader = KnowledgeLoader.Default();
        foreach (var file in _knowledgeFiles)
        {
            loader.AddFile(file);
        }
        var kb = loader.Build();
        // A PETRARCH verb dictionary may code with its own numbers ("1951"): they join the table.
        var cameo = CameoCatalog.Load().With(_patternFiles.Where(PetrarchVerbs.Recognise).SelectMany(PetrarchVerbs.ReadRows)
            .SelectMany(r => r["flags"].Split(',').Where(f => f.StartsWith("reverse=", StringComparison.Ordinal)).Select(f => f[8..]).Append(r["code"])));
        var verbs = VerbForms.Load();
        var patterns = PatternDictionary.Load(verbs, cameo, _patternFiles);
        // The pattern words join the actor dictionary's vocabulary: both stages then look tokens up by number.
        var lexicon = new ActorLexicon(kb, patterns.Words);
        List<IDocumentStage> stages =
        [
            new TextStage(lexicon.Matcher.Vocabulary),
            new ActorStage(lexicon),
            new EventCoder(cameo, patterns, ModalityDetector.Load(), PloverContexts.Load(), kb, lexicon.Words, lexicon.Matcher.Vocabulary),
        ];
        IReadOnlyList<SanctionsList> lists = [];
        if (_listPaths.Count > 0)
        {
            lists = SanctionsListLoader.Load(_listPaths, kb.CountryCode);
            stages.Add(new ScreeningStage(new Screener(lists)));
        }
        return new EntentePipeline(stages, kb, cameo, patterns) { Lists = lists, Lexicon = lexicon };
    }
}

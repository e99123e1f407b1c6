using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>Builds the pipeline a command needs from the home folder and command-line files.</summary>
internal static class PipelineFactory
{
    public static EntentePipeline Build(EntenteHome home, IEnumerable<string> knowledgeFiles, IEnumerable<string> patternFiles,
        IEnumerable<string>? lists = null)
    {
        var builder = new PipelineBuilder().WithSanctionsLists(lists ?? []);
        foreach (var file in home.KnowledgeFiles.Concat(knowledgeFiles))
        {
            builder.WithKnowledgeFile(file);
        }
        foreach (var file in patternFiles)
        {
            builder.WithPatternFile(file);
        }
        return builder.Build();
    }
}

using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>Builds the pipeline a command needs from the home folder and command-line files.</summary>
internal static class PipelineFactory
{
    public static EntentePipeline Build(EntenteHome home, IEnumerable<string> knowledgeFiles, IEnumerable<string> patternFiles)
    {
        var builder = new PipelineBuilder();
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

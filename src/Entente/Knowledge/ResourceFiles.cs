using System.Reflection;

namespace Entente.Knowledge;

/// <summary>The knowledge files embedded in the assembly (src/Entente/Knowledge/Data).</summary>
public static class ResourceFiles
{
    private static readonly Assembly Owner = typeof(ResourceFiles).Assembly;

    /// <summary>Opens an embedded file by name, e.g. "countries.tsv".</summary>
    public static TextReader Open(string name)
    {
        var stream = Owner.GetManifestResourceStream("Entente.Knowledge." + name)
            ?? throw new KnowledgeFileException($"{name}: not embedded in the Entente assembly");
        return new StreamReader(stream);
    }

    /// <summary>True when the file is embedded.</summary>
    public static bool Exists(string name) => Owner.GetManifestResourceInfo("Entente.Knowledge." + name) is not null;

    /// <summary>Reads all rows of an embedded TSV file.</summary>
    public static List<TsvRow> ReadRows(string name)
    {
        using var reader = Open(name);
        return [.. TsvReader.Parse(name, reader)];
    }
}

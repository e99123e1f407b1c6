namespace Entente.Pipeline;

/// <summary>The folder where Entente keeps everything it writes: the embedded store, imported lists,
/// the user's own knowledge files. <c>--home</c> wins over <c>ENTENTE_HOME</c>, which wins over the
/// user's data folder.</summary>
public sealed record EntenteHome(string Path)
{
    /// <summary>Resolves the home folder without creating it.</summary>
    public static EntenteHome Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new EntenteHome(System.IO.Path.GetFullPath(option));
        }
        if (environment("ENTENTE_HOME") is { Length: > 0 } fromEnv)
        {
            return new EntenteHome(System.IO.Path.GetFullPath(fromEnv));
        }
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
        {
            data = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }
        return new EntenteHome(System.IO.Path.Combine(data, "entente"));
    }

    /// <summary>The user's own knowledge files (*.tsv), loaded automatically when present.</summary>
    public string KnowledgeFolder => System.IO.Path.Combine(Path, "knowledge");

    /// <summary>The user's knowledge files that exist, in name order.</summary>
    public IEnumerable<string> KnowledgeFiles =>
        Directory.Exists(KnowledgeFolder) ? Directory.EnumerateFiles(KnowledgeFolder, "*.tsv").Order(StringComparer.Ordinal) : [];
}

using Entente.Knowledge;
using Entente.Sanctions;

namespace Entente.Benchmarks;

/// <summary>The OFAC (2024 SDN + 2025 alt/add) and UN lists from ../shared/data/sanctions, read where they are.</summary>
public static class SanctionsData
{
    /// <summary>../shared/data/sanctions next to the repository (or $ENTENTE_SHARED/data/sanctions).</summary>
    public static string Folder()
    {
        if (Environment.GetEnvironmentVariable("ENTENTE_SHARED") is { Length: > 0 } shared)
            return Path.Combine(shared, "data", "sanctions");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "sanctions");
                if (Directory.Exists(candidate)) return candidate;
            }
        throw new InvalidOperationException("the sanctions benchmark needs ../shared/data/sanctions next to the repository (or ENTENTE_SHARED=DIR); it is not there");
    }

    /// <summary>The list files: OFAC sdn.csv, alt.csv, add.csv and the UN consolidated XML.</summary>
    public static string[] Files()
    {
        var root = Folder();
        string[] files =
        [
            Path.Combine(root, "ofac", "sdn_2024-05-03", "sdn.csv"),
            Path.Combine(root, "ofac", "alt_add_2025-01-06", "alt.csv"),
            Path.Combine(root, "ofac", "alt_add_2025-01-06", "add.csv"),
            Path.Combine(root, "un", "2026-02-27", "UN_consolidated.xml"),
        ];
        foreach (var file in files)
            if (!File.Exists(file)) throw new InvalidOperationException($"the sanctions benchmark needs {file}; it is missing");
        return files;
    }

    /// <summary>Loads the lists and builds the screener.</summary>
    public static Screener Screener() => new(SanctionsListLoader.Load(Files(), KnowledgeLoader.Default().Build().CountryCode));
}

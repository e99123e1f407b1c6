namespace Entente.Cli.Commands;

/// <summary>Finds ../shared/data/sanctions: next to the repository root (the folder with Entente.slnx) or the current folder.</summary>
internal static class SanctionsDataFolder
{
    private static readonly string[] Relative = ["..", "shared", "data", "sanctions"];

    /// <summary>The folder, or null when none of the usual places has it.</summary>
    public static string? Find()
    {
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                bool root = File.Exists(Path.Combine(dir.FullName, "Entente.slnx"));
                if (!root && dir.FullName != Path.GetFullPath(starts[0])) continue;
                var candidate = Path.GetFullPath(Path.Combine([dir.FullName, .. Relative]));
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

namespace Entente.Tests.Support;

/// <summary>Finds the shared test data (../shared next to the repository) without copying it.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when it is not there.</summary>
    public static string? Folder => Root.Value;

    /// <summary>A path under the shared folder; skips the test with a clear message when absent.</summary>
    public static string Require(string relative)
    {
        var root = Folder;
        Skip.If(root is null, "../shared is not present next to the repository; skipping a test on shared data");
        var path = Path.Combine(root!, relative);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"shared data {relative} is missing; skipping");
        return path;
    }

    private static string? Find()
    {
        // A checkout elsewhere (a worktree) can point at the shared folder explicitly.
        if (Environment.GetEnvironmentVariable("ENTENTE_SHARED") is { Length: > 0 } explicitFolder && Directory.Exists(explicitFolder))
        {
            return explicitFolder;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seed")) && Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }
        return null;
    }
}

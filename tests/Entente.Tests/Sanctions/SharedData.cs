namespace Entente.Tests.Sanctions;

/// <summary>
/// Locates the project's shared test data (<c>../shared/data/sanctions</c>) by walking up from the
/// test's base directory (or from <c>ENTENTE_SHARED_DATA</c>, the <c>shared</c> folder itself).
/// The data is read in place, never copied into the repository.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(Find);

    /// <summary>The <c>shared/data/sanctions</c> folder, or null when it is not present.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>Why tests that need the data are skipped.</summary>
    public const string SkipReason = "shared/data/sanctions not found above the test directory (the shared data set is not part of the repository)";

    /// <summary>A path inside the sanctions data folder.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(SkipReason), .. parts]);

    private static string? Find()
    {
        // An explicit location wins (for test runs outside the usual checkout layout).
        if (Environment.GetEnvironmentVariable("ENTENTE_SHARED_DATA") is { Length: > 0 } env
            && Directory.Exists(System.IO.Path.Combine(env, "data", "sanctions")))
            return System.IO.Path.Combine(env, "data", "sanctions");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", "sanctions");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

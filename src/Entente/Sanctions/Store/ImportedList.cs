namespace Entente.Sanctions.Store;

/// <summary>One import of a list under the home folder.</summary>
/// <param name="Folder">The import folder (holds the copied files and <c>manifest.json</c>).</param>
/// <param name="Manifest">What the manifest says.</param>
public sealed record ImportedList(string Folder, ListManifest Manifest);

using System.Text;

namespace Entente.Tests.Sanctions;

/// <summary>A temporary folder for fixture files, deleted on dispose.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Dir = Path.Combine(Path.GetTempPath(), "entente-sanctions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    /// <summary>Writes text (Latin-1/ASCII bytes as OFAC does) and returns the path.</summary>
    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}

using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Entente.Web.Hosting;

/// <summary>The UI files (index.html, CSS, the esbuild bundle) embedded in this assembly, read once, served from memory.</summary>
internal sealed class EmbeddedAssets
{
    private readonly FrozenDictionary<string, byte[]> _files;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files["/" + name["wwwroot/".Length..].Replace('\\', '/')] = copy.ToArray();
        }
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool Has(string path) => _files.ContainsKey(path);

    public IResult Serve(string path)
    {
        if (path == "/")
        {
            path = "/index.html";
        }
        return _files.TryGetValue(path, out var bytes)
            ? Results.Bytes(bytes, ContentType(path))
            : Results.NotFound(new { error = $"no such file: {path}" });
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}

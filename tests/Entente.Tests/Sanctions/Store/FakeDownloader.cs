using System.Text;
using Entente.Sanctions.Store;

namespace Entente.Tests.Sanctions.Store;

/// <summary>Serves fixture bytes by file name instead of the network, and records what was asked.</summary>
internal sealed class FakeDownloader(Dictionary<string, string> files) : IListDownloader
{
    public List<Uri> Requested { get; } = [];

    /// <summary>A file name whose download fails with an HTTP error.</summary>
    public string? Fail { get; set; }

    public static FakeDownloader WithFixtures() => new(new Dictionary<string, string>
    {
        ["sdn.csv"] = ListFixtures.Sdn,
        ["alt.csv"] = ListFixtures.Alt,
        ["add.csv"] = "7101,901,-0- ,\"Caracas\",\"Venezuela\",-0- \r\n\u001a",
        ["sdn_comments.csv"] = "7101,\"Further remarks about a fictional party.\"\r\n\u001a",
        ["consolidated.xml"] = ListFixtures.Un,
    });

    public Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        Requested.Add(url);
        var name = Path.GetFileName(url.AbsolutePath);
        if (name == Fail) throw new HttpRequestException($"503 Service Unavailable ({url})");
        return Task.FromResult(Encoding.UTF8.GetBytes(files[name]));
    }
}

namespace Entente.Sanctions.Store;

/// <summary>Fetches the bytes of an official list file; the HTTP implementation is only used when the user asks for an update.</summary>
public interface IListDownloader
{
    /// <summary>Downloads <paramref name="url"/> completely.</summary>
    /// <exception cref="HttpRequestException">The server could not be reached or answered with an error.</exception>
    Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken);
}

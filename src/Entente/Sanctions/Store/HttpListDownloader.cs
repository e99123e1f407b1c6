namespace Entente.Sanctions.Store;

/// <summary>Downloads list files with <see cref="HttpClient"/> (redirects followed, 5-minute timeout per file).</summary>
public sealed class HttpListDownloader : IListDownloader, IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>Creates the downloader.</summary>
    public HttpListDownloader() => _client.DefaultRequestHeaders.UserAgent.ParseAdd("Entente/1.0 (+sanctions list update)");

    /// <inheritdoc/>
    public async Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();
}

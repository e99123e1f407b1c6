using System.Net;
using Entente.Pipeline;
using Entente.Sanctions;
using Entente.Storage;

namespace Entente.Web.Hosting;

/// <summary>What the web app serves and how: the store, the pipeline that codes posted articles, the address and the token.</summary>
/// <remarks>The store and pipeline belong to the caller, who disposes the store after the app stops.</remarks>
public sealed record WebOptions
{
    /// <summary>The default port of <c>entente serve</c>.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The store read by the API and written by POST /api/articles with store=true.</summary>
    public required IEventStore Store { get; init; }

    /// <summary>Codes posted articles; its knowledge base also gives the offices of known people.</summary>
    public required EntentePipeline Pipeline { get; init; }

    /// <summary>Lists for GET /api/screen (default: the pipeline's).</summary>
    public IReadOnlyList<SanctionsList>? Lists { get; init; }

    /// <summary>The address to listen on; loopback unless a token is set.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>When set, every request must carry it (Bearer header or the cookie set by <c>/?token=</c>).</summary>
    public string? Token { get; init; }

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>POST requests allowed per client address and minute.</summary>
    public int PostsPerMinute { get; init; } = 30;
}

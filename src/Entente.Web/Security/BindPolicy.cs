using System.Net;
using Entente.Web.Hosting;

namespace Entente.Web.Security;

/// <summary>Anyone who can reach a non-loopback address could read the store and post articles: such binds need a token.</summary>
public static class BindPolicy
{
    /// <summary>Parses a --bind value: an IP address, or "localhost".</summary>
    public static IPAddress Parse(string address) =>
        address.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(address, out var ip) ? ip
        : throw new WebConfigException($"--bind '{address}' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)");

    /// <summary>Throws when <paramref name="bind"/> is reachable from other machines and no token is set.</summary>
    public static void Check(IPAddress bind, string? token)
    {
        if (!IPAddress.IsLoopback(bind) && string.IsNullOrEmpty(token))
        {
            throw new WebConfigException($"binding to {bind} exposes the store to the network: set a token with --token or ENTENTE_TOKEN");
        }
    }
}

using Entente.Pipeline;
using Entente.Web.Hosting;
using Entente.Web.Security;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente serve</c>: the web app (API, OpenAPI document, UI) over the store, on Kestrel, until Ctrl+C.</summary>
public sealed class ServeCommand(CliStreams streams) : Command<ServeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var token = string.IsNullOrEmpty(settings.Token) ? Environment.GetEnvironmentVariable("ENTENTE_TOKEN") : settings.Token;
        token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        if (token is { Length: < 8 })
        {
            throw new WebConfigException("the token must be at least 8 characters (--token or ENTENTE_TOKEN)");
        }
        var bind = BindPolicy.Parse(settings.Bind);
        // Checked before the store and pipeline load, so a refused bind fails at once.
        BindPolicy.Check(bind, token);
        var home = EntenteHome.Resolve(settings.Home);
        using var store = StoreOpener.Open(settings);
        var pipeline = PipelineFactory.Build(home, [], [], ListPaths.Resolve(settings.Lists, home));
        EntenteWebApp.Run(new WebOptions { Store = store, Pipeline = pipeline, Bind = bind, Port = settings.Port, Token = token }, address =>
        {
            // Plain lines on stderr: the console would wrap the address, and stdout stays free for nothing but data.
            streams.Error.WriteLine($"entente: serving {store.Location} on {address} (OpenAPI: {address}openapi/v1.json); Ctrl+C stops");
            if (token is not null)
            {
                streams.Error.WriteLine($"entente: a token is required; open {address}?token=… once in the browser");
            }
        });
        return 0;
    }
}

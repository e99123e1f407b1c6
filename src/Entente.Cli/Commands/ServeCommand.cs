using Entente.Pipeline;
using Entente.Web.Hosting;
using Entente.Web.Security;
using Spectre.Console;
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
        var bind = BindPolicy.Parse(settings.Bind);
        // Checked before the store and pipeline load, so a refused bind fails at once.
        BindPolicy.Check(bind, token);
        var home = EntenteHome.Resolve(settings.Home);
        using var store = StoreOpener.Open(settings);
        var pipeline = PipelineFactory.Build(home, [], [], ListPaths.Resolve(settings.Lists, home));
        EntenteWebApp.Run(new WebOptions { Store = store, Pipeline = pipeline, Bind = bind, Port = settings.Port, Token = token }, address =>
        {
            streams.Console.WriteLine($"entente: serving {store.Location} on {address} (API {address}api/events, OpenAPI {address}openapi/v1.json); Ctrl+C stops");
            if (token is not null)
            {
                streams.Console.WriteLine($"entente: a token is required; open {address}?token=… once in the browser");
            }
        });
        return 0;
    }
}

using System.Net.Http.Headers;
using Entente.Pipeline;
using Entente.Sanctions;
using Entente.Storage;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Entente.Tests.Web;

/// <summary>The real app on Kestrel, on 127.0.0.1 and a free port, over a given store; stopped on dispose.</summary>
internal sealed class WebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<WebApp> Start(IEventStore store, EntentePipeline pipeline, IReadOnlyList<SanctionsList>? lists = null,
        Func<WebOptions, WebOptions>? configure = null)
    {
        var options = new WebOptions { Store = store, Pipeline = pipeline, Lists = lists, Port = 0 };
        var app = EntenteWebApp.Build(configure is null ? options : configure(options));
        await app.StartAsync();
        return new WebApp(app, EntenteWebApp.Address(app));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Text.Json;
using Entente.Sanctions;
using Entente.Storage;
using Entente.Web.Api;
using Entente.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Entente.Web.Hosting;

/// <summary>Builds the web app: the JSON API under /api, its OpenAPI document at /openapi/v1.json, and the UI at /.</summary>
public static class EntenteWebApp
{
    /// <summary>Builds (does not start) the app; throws <see cref="WebConfigException"/> when a public address has no token.</summary>
    public static WebApplication Build(WebOptions options)
    {
        BindPolicy.Check(options.Bind, options.Token);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(EntenteWebApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(options.Bind, options.Port);
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        builder.Services.AddSingleton(options.Store);
        builder.Services.AddSingleton(options.Pipeline);
        builder.Services.AddSingleton(new PersonIndex(options.Pipeline.Knowledge));
        var lists = options.Lists ?? options.Pipeline.Lists;
        builder.Services.AddSingleton(new SanctionsScreen(lists.Count == 0 ? null : new Screener(lists)));
        builder.Services.AddSingleton(new EmbeddedAssets());
        builder.Services.AddPostLimit(options.PostsPerMinute);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Entente API";
            doc.Info.Description = "Coded news events (CAMEO/PLOVER), actors, articles and sanctions hits. JSON, snake_case; errors are {\"error\": message}.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Use(SecurityHeaders.Add);
        if (!string.IsNullOrEmpty(options.Token))
        {
            app.Use(new TokenGate(options.Token).Check);
        }
        app.Use(ErrorResponses.Handle);
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api");
        EventsApi.Map(api);
        ActorsApi.Map(api);
        ArticlesApi.Map(api);
        CodeApi.Map(api);
        NetworkApi.Map(api);
        CountsApi.Map(api);
        ScreenApi.Map(api);
        // GET only: a POST with the wrong content type must reach the 415 of content-type matching, not a 404.
        api.MapGet("/{**path}", () => Results.NotFound(new ErrorBody("no such API route"))).ExcludeFromDescription();
        app.MapGet("/{**path}", (EmbeddedAssets assets, string? path) => assets.Serve("/" + (path ?? ""))).ExcludeFromDescription();
        return app;
    }

    /// <summary>Builds and starts the app, calls <paramref name="started"/> with its address, and blocks until Ctrl+C or SIGTERM.</summary>
    public static void Run(WebOptions options, Action<Uri> started)
    {
        var app = Build(options);
        app.Start();
        started(Address(app));
        app.WaitForShutdown();
    }

    /// <summary>The address the app listens on once started (with the real port when 0 was asked for).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "[::1]", StringComparison.Ordinal));
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Documents;
using Entente.Ingest;
using Entente.Output;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Model;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>POST /api/articles: codes an article with the pipeline, answers with the JSON of <c>entente code --format json</c>,
/// and stores it when asked (the Location header then names the stored article).</summary>
internal static class CodeApi
{
    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/articles", async (HttpContext http, IEventStore store, EntentePipeline pipeline, CancellationToken cancellationToken) =>
        {
            var request = await ReadBody(http.Request, cancellationToken);
            var article = Read(request);
            var doc = await Task.Run(() => pipeline.Process(article, cancellationToken), cancellationToken);
            if (request.Store)
            {
                var stored = StoredArticle.From(doc);
                store.Save(stored);
                var row = store.Articles(article.Id, 50, 0).FirstOrDefault(a => a.ContentHash == stored.ContentHash);
                if (row is not null)
                {
                    http.Response.Headers.Location = $"/api/articles/{row.Id}";
                    http.Response.Headers["X-Entente-Article-Id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
            {
                DocumentJson.Write(w, doc, explain: false);
            }
            return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
        })
            .Accepts<CodeRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<ErrorBody>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ErrorBody>(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebLimits.PostPolicy)
            .WithSummary("Code an article (text or html); the answer is the JSON of `entente code --format json`; store=true also stores it");
    }

    private static async Task<CodeRequest> ReadBody(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiError("send the article as JSON (Content-Type: application/json)");
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<CodeRequest>(request.Body, BodyJson, cancellationToken)
                ?? throw new ApiError("the body is null, not an article");
        }
        catch (JsonException e)
        {
            throw new ApiError($"the body is not valid JSON for an article: {e.Message.Split('\n')[0]}");
        }
    }

    private static Article Read(CodeRequest request)
    {
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(request.Html);
        if (hasText == hasHtml)
        {
            throw new ApiError("give the article as either text or html (one of them, not empty)");
        }
        var date = Parse.Day(request.Date, "date");
        var url = request.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? u
            : request.Url is null ? null : throw new ApiError($"url '{request.Url}' is not an http(s) address");
        var content = hasText ? request.Text! : request.Html!;
        var id = "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12];
        var plain = new PlainTextReader(BoilerplateDetector.Default);
        try
        {
            var article = hasText
                ? plain.Read(id, "web", request.Text!, date ?? DateOnly.FromDateTime(DateTime.UtcNow), Parse.Text(request.Title, "title", 500), url)
                : new HtmlArticleReader(plain).Read(id, "web", request.Html!, date ?? DateOnly.FromDateTime(DateTime.UtcNow), url);
            return article with { Outlet = Parse.Text(request.Outlet, "outlet") ?? article.Outlet };
        }
        catch (IngestException e)
        {
            throw new ApiError($"{e.Code} {e.Message}");
        }
    }
}

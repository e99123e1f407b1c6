using System.Net;
using System.Text;
using System.Text.Json;

namespace Entente.Tests.Web;

/// <summary>Small HTTP helpers: a status and the parsed JSON body.</summary>
internal static class Http
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await Body(response));
    }

    public static async Task<JsonElement> Ok(HttpClient client, string path)
    {
        var (status, body) = await Get(client, path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {body}");
        return body;
    }

    /// <summary>Asserts a 400 whose JSON error says <paramref name="contains"/>.</summary>
    public static async Task BadRequest(HttpClient client, string path, string contains)
    {
        var (status, body) = await Get(client, path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(contains, body.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<HttpResponseMessage> Post(HttpClient client, object body) =>
        await client.PostAsync("/api/articles", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}

using System.Net;
using System.Text;
using Entente.Output;
using Entente.Tests.Support;

namespace Entente.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class CodeApiTests(WebFixture web)
{
    // Written for this test: a sanctioned official (the invented list entry) leads a delegation and signs agreements.
    internal const string Story = """
        Venezuelan delegation signs trade deals in Pyongyang

        PYONGYANG, March 4, 2025 — Teodoro Vargos Melendez, a Venezuelan official under U.S. sanctions, led a delegation to Pyongyang on Monday.
        Venezuela and North Korea signed three agreements on trade and energy, the official news agency said.
        """;

    [Fact]
    public async Task Posting_text_answers_with_the_json_of_entente_code()
    {
        using var response = await Http.Post(web.Client, new { text = Story, date = "2025-03-04" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Http.Body(response);
        Assert.Equal("Venezuelan delegation signs trade deals in Pyongyang", body.GetProperty("article").GetProperty("title").GetString());
        var events = body.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("cameo").GetString()!.StartsWith("057", StringComparison.Ordinal));
        foreach (var e in events)
        {
            var trigger = e.GetProperty("trigger");
            Assert.Equal(trigger.GetProperty("text").GetString(), Story[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()]);
        }
        var hit = Assert.Single(body.GetProperty("sanctions").EnumerateArray());
        Assert.Equal("7101", hit.GetProperty("entry_id").GetString());
        Assert.Null(response.Headers.Location);

        // The same shape as `entente code --format json`, written by the same writer.
        var doc = Some.Code(Story, new DateOnly(2025, 3, 4));
        using var buffer = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            DocumentJson.Write(w, doc, explain: false);
        }
        var expected = System.Text.Json.JsonDocument.Parse(buffer.ToArray()).RootElement;
        Assert.Equal(Names(expected), Names(body));
        Assert.Equal(expected.GetProperty("events").GetArrayLength(), body.GetProperty("events").GetArrayLength());
    }

    private static string Names(System.Text.Json.JsonElement e) =>
        string.Join(",", e.EnumerateObject().Select(p => p.Name)) + "|" + string.Join(",", e.GetProperty("events")[0].EnumerateObject().Select(p => p.Name));

    [Fact]
    public async Task Posting_html_with_store_true_stores_it_and_says_where()
    {
        const string html = """
            <html><head><title>Kenya sends police to Haiti again</title><meta property="article:published_time" content="2025-04-02"></head>
            <body><article><h1>Kenya sends police to Haiti again</h1>
            <p>NAIROBI, April 2, 2025 — Kenya sent another 200 police officers to Haiti on Wednesday, the interior ministry said in a statement issued in Nairobi.</p>
            <p>The officers will join a multinational mission that the United Nations Security Council endorsed in 2023, the statement added.</p>
            </article></body></html>
            """;
        using var response = await Http.Post(web.Client, new { html, store = true, outlet = "Test Wire" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var location = response.Headers.Location?.ToString();
        Assert.NotNull(location);
        var stored = await Http.Ok(web.Client, location);
        Assert.Equal("Test Wire", stored.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Equal("html", stored.GetProperty("article").GetProperty("format").GetString());
        Assert.Contains("200 police officers", stored.GetProperty("article").GetProperty("text").GetString(), StringComparison.Ordinal);
        // Posting it again changes nothing.
        using var again = await Http.Post(web.Client, new { html, store = true, outlet = "Test Wire" });
        Assert.Equal(location, again.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("""{"title": "nothing"}""", "text or html")]
    [InlineData("""{"text": "a", "html": "<p>b</p>"}""", "text or html")]
    [InlineData("""{"text": "Some text.", "date": "04/03/2025"}""", "date")]
    [InlineData("""{"text": "Some text.", "url": "javascript:alert(1)"}""", "url")]
    [InlineData("""{"text": 12}""", "JSON")]
    [InlineData("""not json""", "JSON")]
    [InlineData("""{"html": "<html><body><img src=x></body></html>"}""", "E108")]
    public async Task Bad_articles_are_400_with_a_message(string json, string contains)
    {
        using var response = await web.Client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(contains, (await Http.Body(response)).GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_instead_of_json_is_415()
    {
        using var response = await web.Client.PostAsync("/api/articles", new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var text = new string('a', 3 * 1024 * 1024);
        using var response = await Http.Post(web.Client, new { text });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", (await Http.Body(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}

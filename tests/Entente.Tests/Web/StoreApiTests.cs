using System.Net;
using Entente.Tests.Storage;
using Entente.Tests.Support;

namespace Entente.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class StoreApiTests(WebFixture web)
{
    private HttpClient Client => web.Client;

    [Fact]
    public async Task Actors_are_searchable_filterable_and_paged()
    {
        var found = Http.Items(await Http.Ok(Client, "/api/actors?search=Blinken")).ToList();
        Assert.Equal("Antony Blinken", Assert.Single(found).GetProperty("name").GetString());
        var armenian = Http.Items(await Http.Ok(Client, "/api/actors?country=ARM&limit=1000")).ToList();
        Assert.NotEmpty(armenian);
        Assert.All(armenian, a => Assert.Equal("ARM", a.GetProperty("country").GetString()));
        var first = await Http.Ok(Client, "/api/actors?limit=3");
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("has_more").GetBoolean());
        var second = Http.Items(await Http.Ok(Client, "/api/actors?limit=3&offset=3")).Select(a => a.GetProperty("id").GetInt64());
        Assert.Empty(Http.Items(first).Select(a => a.GetProperty("id").GetInt64()).Intersect(second));
        await Http.BadRequest(Client, "/api/actors?limit=abc", "limit");
        await Http.BadRequest(Client, "/api/actors?country=no%20such", "country");
    }

    [Fact]
    public async Task An_actor_profile_has_offices_over_time_events_and_hits()
    {
        var id = Http.Items(await Http.Ok(Client, "/api/actors?search=Blinken")).Single().GetProperty("id").GetInt64();
        var profile = await Http.Ok(Client, $"/api/actors/{id}");
        Assert.Equal("person:antony-blinken", profile.GetProperty("actor").GetProperty("actor_key").GetString());
        var offices = profile.GetProperty("person").GetProperty("offices").EnumerateArray().ToList();
        var secretary = Assert.Single(offices, o => o.GetProperty("role").GetString() == "Secretary of State");
        Assert.Equal("2021-01-26", secretary.GetProperty("start").GetString());
        Assert.Equal("USA", secretary.GetProperty("country").GetString());
        Assert.NotEmpty(profile.GetProperty("events").EnumerateArray());
        Assert.All(profile.GetProperty("events").EnumerateArray(), e =>
            Assert.True(e.GetProperty("source_actor_id").GetInt64() == id || e.GetProperty("target_actor_id").GetInt64() == id));
        Assert.Equal(0, profile.GetProperty("hits").GetArrayLength());

        // A state is no person: no offices.
        var armenia = Http.Items(await Http.Ok(Client, "/api/actors?search=Armenia")).First(a => a.GetProperty("name").GetString() == "Armenia");
        var state = await Http.Ok(Client, $"/api/actors/{armenia.GetProperty("id")}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, state.GetProperty("person").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.Get(Client, "/api/actors/987654")).Status);
    }

    [Fact]
    public async Task Articles_list_and_one_article_with_text_offsets_events_and_hits()
    {
        var list = Http.Items(await Http.Ok(Client, "/api/articles?search=Geneva")).ToList();
        var geneva = list.Single(a => a.GetProperty("external_id").GetString()!.Contains("armenia", StringComparison.Ordinal));
        var detail = await Http.Ok(Client, $"/api/articles/{geneva.GetProperty("id")}");
        var text = detail.GetProperty("article").GetProperty("text").GetString()!;
        Assert.StartsWith("Armenian and Azerbaijani foreign ministers", text, StringComparison.Ordinal);
        var entities = detail.GetProperty("entities").EnumerateArray().ToList();
        Assert.Contains(entities, e => e.GetProperty("name").GetString() == "Armenia");
        Assert.All(entities, e => Assert.Equal(e.GetProperty("text").GetString(),
            text[e.GetProperty("start_offset").GetInt32()..e.GetProperty("end_offset").GetInt32()]));
        var events = detail.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var mention in events.SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
        {
            Assert.Equal(mention.GetProperty("sentence").GetString(), text[mention.GetProperty("sentence_start").GetInt32()..mention.GetProperty("sentence_end").GetInt32()]);
            Assert.Equal(mention.GetProperty("trigger_text").GetString(), text[mention.GetProperty("trigger_start").GetInt32()..mention.GetProperty("trigger_end").GetInt32()]);
        }
        Assert.Equal(0, detail.GetProperty("hits").GetArrayLength());
        var paged = await Http.Ok(Client, "/api/articles?limit=2&offset=1");
        Assert.Equal(2, paged.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.Get(Client, "/api/articles/424242")).Status);
        await Http.BadRequest(Client, "/api/articles?offset=x", "offset");
    }

    [Fact]
    public async Task Screening_a_name_gives_hits_with_reasons_and_bad_input_is_400()
    {
        var hits = await Http.Ok(Client, "/api/screen?name=Teodoro%20Vargos%20Melendez&country=VEN&born=1961");
        var hit = hits.EnumerateArray().First();
        Assert.Equal("7101", hit.GetProperty("entry_id").GetString());
        Assert.Equal("match", hit.GetProperty("status").GetString());
        Assert.Contains(hit.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("1961", StringComparison.Ordinal));
        var namesake = (await Http.Ok(Client, "/api/screen?name=Teodoro%20Vargos%20Melendez&born=1990")).EnumerateArray().First();
        Assert.Equal("possible", namesake.GetProperty("status").GetString());
        Assert.Empty((await Http.Ok(Client, "/api/screen?name=Jane%20Nobody%20Example")).EnumerateArray());
        await Http.BadRequest(Client, "/api/screen", "name");
        await Http.BadRequest(Client, "/api/screen?name=X%20Y&born=old", "born");
        await Http.BadRequest(Client, "/api/screen?name=X%20Y&country=VENE", "country");
        await Http.BadRequest(Client, "/api/screen?name=X%20Y&kind=ship", "kind");
    }

    [Fact]
    public async Task Screening_without_lists_is_503_with_a_message_and_an_empty_store_answers_empty()
    {
        using var temp = TestStores.Sqlite();
        await using var app = await WebApp.Start(temp.Store, Some.Pipeline);
        var (status, body) = await Http.Get(app.Client, "/api/screen?name=Teodoro%20Vargos");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("lists import", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        var events = await Http.Ok(app.Client, "/api/events");
        Assert.Equal(0, events.GetProperty("total").GetInt64());
        Assert.Equal(0, (await Http.Ok(app.Client, "/api/network")).GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, (await Http.Ok(app.Client, "/api/counts?by=week")).GetProperty("buckets").GetArrayLength());
        Assert.False((await Http.Ok(app.Client, "/api/articles")).GetProperty("has_more").GetBoolean());
    }
}

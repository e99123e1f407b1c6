using System.Net;
using System.Text.Json;

namespace Entente.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class EventsApiTests(WebFixture web)
{
    private HttpClient Client => web.Client;

    [Fact]
    public async Task Events_of_a_country_are_those_of_entente_events_with_a_total()
    {
        var page = await Http.Ok(Client, "/api/events?country=ARM&limit=500");
        var items = Http.Items(page).ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, page.GetProperty("total").GetInt64());
        Assert.All(items, e => Assert.True(e.GetProperty("source_country").GetString() == "ARM" || e.GetProperty("target_country").GetString() == "ARM"));
        // snake_case, and every event carries its evidence sentence.
        Assert.All(items, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("sentence").GetString())));
        var expected = web.Store.Store.CountEvents(new global::Entente.Storage.Query.EventQuery { Country = "ARM" });
        Assert.Equal(expected, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Paging_returns_disjoint_pages_that_add_up_to_the_total()
    {
        var all = await Http.Ok(Client, "/api/events?limit=1000");
        var total = all.GetProperty("total").GetInt64();
        Assert.True(total > 10, $"samples give {total} events");
        var first = Http.Items(await Http.Ok(Client, "/api/events?limit=5&offset=0")).Select(e => e.GetProperty("id").GetInt64()).ToList();
        var second = Http.Items(await Http.Ok(Client, "/api/events?limit=5&offset=5")).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(5, first.Count);
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(Http.Items(all).Take(10).Select(e => e.GetProperty("id").GetInt64()), first.Concat(second));
    }

    [Theory]
    [InlineData("oldest")]
    [InlineData("date")]
    [InlineData("goldstein")]
    [InlineData("mentions")]
    public async Task Sorting_orders_the_events(string sort)
    {
        var items = Http.Items(await Http.Ok(Client, $"/api/events?sort={sort}&limit=1000")).ToList();
        var dates = items.Select(e => e.GetProperty("date").GetString() ?? "").ToList();
        var goldstein = items.Select(e => e.GetProperty("goldstein").GetDouble()).ToList();
        var mentions = items.Select(e => e.GetProperty("num_mentions").GetInt32()).ToList();
        switch (sort)
        {
            case "oldest": Assert.Equal(dates.Order(StringComparer.Ordinal), dates); break;
            case "date": Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates); break;
            case "goldstein": Assert.Equal(goldstein.Order(), goldstein); break;
            default: Assert.Equal(mentions.OrderDescending(), mentions); break;
        }
    }

    [Fact]
    public async Task Filters_narrow_the_events()
    {
        var all = (await Http.Ok(Client, "/api/events?limit=1000")).GetProperty("total").GetInt64();
        var pair = Http.Items(await Http.Ok(Client, "/api/events?pair=ARM-AZE&limit=1000")).ToList();
        Assert.NotEmpty(pair);
        Assert.All(pair, e => Assert.Equal(["ARM", "AZE"], new[] { e.GetProperty("source_country").GetString()!, e.GetProperty("target_country").GetString()! }.Order()));
        var quad4 = Http.Items(await Http.Ok(Client, "/api/events?quad=4&limit=1000")).ToList();
        Assert.NotEmpty(quad4);
        Assert.All(quad4, e => Assert.Equal(4, e.GetProperty("quad_class").GetInt32()));
        var cameo = Http.Items(await Http.Ok(Client, "/api/events?cameo=04&limit=1000")).ToList();
        Assert.All(cameo, e => Assert.StartsWith("04", e.GetProperty("cameo").GetString(), StringComparison.Ordinal));
        var plover = Http.Items(await Http.Ok(Client, "/api/events?plover=consult&limit=1000")).ToList();
        Assert.All(plover, e => Assert.Equal("CONSULT", e.GetProperty("plover").GetString()));
        var dated = Http.Items(await Http.Ok(Client, "/api/events?from=2024-09-01&to=2024-09-30&limit=1000")).ToList();
        Assert.NotEmpty(dated);
        Assert.All(dated, e => Assert.StartsWith("2024-09", e.GetProperty("date").GetString(), StringComparison.Ordinal));
        var source = Http.Items(await Http.Ok(Client, "/api/events?source=RUS&target=UKR&limit=1000")).ToList();
        Assert.NotEmpty(source);
        Assert.All(source, e => Assert.Equal(("RUS", "UKR"), (e.GetProperty("source_country").GetString(), e.GetProperty("target_country").GetString())));
        var text = Http.Items(await Http.Ok(Client, "/api/events?text=prisoners&limit=1000")).ToList();
        Assert.NotEmpty(text);
        Assert.All(text, e => Assert.Contains("prisoner", e.GetProperty("sentence").GetString(), StringComparison.OrdinalIgnoreCase));
        var actor = Http.Items(await Http.Ok(Client, "/api/events?actor=Blinken&limit=1000")).ToList();
        Assert.NotEmpty(actor);
        Assert.All(actor, e => Assert.True(e.GetProperty("source_name").GetString() == "Antony Blinken" || e.GetProperty("target_name").GetString() == "Antony Blinken"));
        var withAll = (await Http.Ok(Client, "/api/events?all=true&limit=1")).GetProperty("total").GetInt64();
        Assert.True(withAll > all, "all=true adds negated and intended events");
        Assert.Equal(0, (await Http.Ok(Client, "/api/events?sanctioned=true")).GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/api/events?quad=5", "quad")]
    [InlineData("/api/events?quad=x", "quad")]
    [InlineData("/api/events?from=2024-13-01", "from")]
    [InlineData("/api/events?to=yesterday", "to")]
    [InlineData("/api/events?from=2025-01-02&to=2025-01-01", "after")]
    [InlineData("/api/events?pair=ARM", "pair")]
    [InlineData("/api/events?cameo=4x", "cameo")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=5000", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?sort=random", "sort")]
    [InlineData("/api/events?sanctioned=maybe", "sanctioned")]
    [InlineData("/api/events?country=A%27%3B--", "country")]
    public async Task Bad_parameters_are_400_with_a_message(string path, string names) => await Http.BadRequest(Client, path, names);

    [Fact]
    public async Task One_event_comes_with_every_report_of_it()
    {
        var first = Http.Items(await Http.Ok(Client, "/api/events?pair=ARM-AZE&limit=1")).Single();
        var id = first.GetProperty("id").GetInt64();
        var detail = await Http.Ok(Client, $"/api/events/{id}");
        Assert.Equal(id, detail.GetProperty("event").GetProperty("id").GetInt64());
        var mention = Assert.Single(detail.GetProperty("mentions").EnumerateArray());
        var sentence = mention.GetProperty("sentence").GetString()!;
        var trigger = mention.GetProperty("trigger_text").GetString()!;
        Assert.Contains(trigger, sentence, StringComparison.Ordinal);
        Assert.True(mention.GetProperty("trigger_start").GetInt32() >= mention.GetProperty("sentence_start").GetInt32());
    }

    [Fact]
    public async Task Unknown_event_is_404_and_a_bad_id_is_not_found_either()
    {
        var (status, body) = await Http.Get(Client, "/api/events/999999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("999999", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.Get(Client, "/api/events/abc")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.Get(Client, "/api/nothing")).Status);
    }

    [Fact]
    public async Task Counts_per_day_week_and_month_add_up_to_the_same_events()
    {
        long Sum(JsonElement counts) => counts.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64());
        var month = await Http.Ok(Client, "/api/counts?by=month");
        var week = await Http.Ok(Client, "/api/counts?by=week");
        var day = await Http.Ok(Client, "/api/counts?by=day&country=ARM");
        Assert.Equal(Sum(month), Sum(week));
        Assert.Equal(Sum(month), Sum(await Http.Ok(Client, "/api/counts?by=day")));
        Assert.All(week.GetProperty("buckets").EnumerateArray(), b => Assert.Matches(@"^\d{4}-W\d{2}$", b.GetProperty("key").GetString()));
        Assert.All(month.GetProperty("buckets").EnumerateArray(), b => Assert.Matches(@"^\d{4}-\d{2}$", b.GetProperty("key").GetString()));
        Assert.Contains(day.GetProperty("buckets").EnumerateArray(), b => b.GetProperty("key").GetString() == "2024-09-16");
        Assert.All(day.GetProperty("buckets").EnumerateArray(), b => Assert.InRange(b.GetProperty("quad_class").GetInt32(), 1, 4));
        Assert.True(Sum(day) < Sum(month));
        await Http.BadRequest(Client, "/api/counts?by=year", "by");
    }

    [Fact]
    public async Task The_network_has_states_as_nodes_and_counted_edges()
    {
        var network = await Http.Ok(Client, "/api/network");
        var nodes = network.GetProperty("nodes").EnumerateArray().ToList();
        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        var armenia = nodes.Single(n => n.GetProperty("name").GetString() == "Armenia");
        var azerbaijan = nodes.Single(n => n.GetProperty("name").GetString() == "Azerbaijan");
        var edge = edges.First(e => e.GetProperty("source_id").GetInt64() == armenia.GetProperty("id").GetInt64()
            && e.GetProperty("target_id").GetInt64() == azerbaijan.GetProperty("id").GetInt64());
        Assert.True(edge.GetProperty("count").GetInt64() >= 1);
        Assert.InRange(edge.GetProperty("quad_class").GetInt32(), 1, 4);
        Assert.False(edge.GetProperty("sanctioned").GetBoolean());
        _ = edge.GetProperty("mean_goldstein").GetDouble();
        var ids = nodes.Select(n => n.GetProperty("id").GetInt64()).ToHashSet();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source_id").GetInt64(), ids));

        var limited = await Http.Ok(Client, "/api/network?limit=2");
        Assert.Equal(2, limited.GetProperty("edges").GetArrayLength());
        var conflict = await Http.Ok(Client, "/api/network?quad=4");
        Assert.All(conflict.GetProperty("edges").EnumerateArray(), e => Assert.Equal(4, e.GetProperty("quad_class").GetInt32()));
        var dated = await Http.Ok(Client, "/api/network?from=2024-09-01&to=2024-09-30&country=ARM");
        Assert.All(dated.GetProperty("edges").EnumerateArray(), e =>
            Assert.True(e.GetProperty("source_country").GetString() == "ARM" || e.GetProperty("target_country").GetString() == "ARM"));

        var events = await Http.Ok(Client, $"/api/network/edge?source_id={armenia.GetProperty("id")}&target_id={azerbaijan.GetProperty("id")}");
        Assert.Equal(edge.GetProperty("count").GetInt64(), events.GetArrayLength());
        Assert.All(events.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("sentence").GetString())));
        await Http.BadRequest(Client, "/api/network?limit=-3", "limit");
        await Http.BadRequest(Client, "/api/network/edge?source_id=x&target_id=1", "source_id");
    }

    [Fact]
    public async Task The_openapi_document_lists_every_route()
    {
        var doc = await Http.Ok(Client, "/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var route in new[] { "/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{id}", "/api/articles", "/api/articles/{id}",
                     "/api/network", "/api/network/edge", "/api/counts", "/api/screen" })
        {
            Assert.Contains(route, paths);
        }
        Assert.True(doc.GetProperty("paths").GetProperty("/api/articles").TryGetProperty("post", out _));
        var parameters = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("pair", parameters);
        Assert.Contains("limit", parameters);
        Assert.Contains("sort", parameters);
    }
}

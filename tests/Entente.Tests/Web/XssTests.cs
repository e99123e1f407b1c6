using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

namespace Entente.Tests.Web;

/// <summary>Article text and HTML are untrusted: stored and shown, nothing in them may run or load.</summary>
[Collection(WebCollection.Name)]
public sealed class XssTests(WebFixture web, BrowserFixture browser) : IAsyncLifetime
{
    private readonly TcpListener _bait = new(IPAddress.Loopback, 0);
    private int _baitHits;
    private CancellationTokenSource _stop = new();

    private int BaitPort => ((IPEndPoint)_bait.LocalEndpoint).Port;

    // A second local listener standing in for a remote host: any connection to it means something loaded.
    public Task InitializeAsync()
    {
        _bait.Start();
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await _bait.AcceptTcpClientAsync(_stop.Token);
                    Interlocked.Increment(ref _baitHits);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _stop.Cancel();
        _bait.Stop();
        _stop.Dispose();
        return Task.CompletedTask;
    }

    private string Payload => $"""
        <script>window.__xss = 'script';</script>
        <img src="http://127.0.0.1:{BaitPort}/x.png" onerror="window.__xss = 'onerror'">
        <a href="javascript:window.__xss='link'">a link</a>
        <svg onload="window.__xss = 'svg'"></svg>
        <iframe src="http://127.0.0.1:{BaitPort}/frame"></iframe>
        """;

    private string Html => $"""
        <html><head><title>Japan and the Philippines sign a defence pact</title>
        <script>window.__xss = 'head';</script><link rel="stylesheet" href="http://127.0.0.1:{BaitPort}/s.css"></head>
        <body><article><h1>Japan and the Philippines sign a defence pact</h1>
        <p>MANILA, June 4, 2025 — The Philippines and Japan signed a defence cooperation agreement in Manila on Tuesday, officials said.
        <img src="http://127.0.0.1:{BaitPort}/inline.png" onerror="alert('img')"></p>
        <p>Officials quoted the text &lt;script&gt;window.__xss = 'escaped'&lt;/script&gt; and &lt;img src=http://127.0.0.1:{BaitPort}/t.png onerror=alert(1)&gt; from a leaflet.</p>
        {Payload}
        <p><a href="javascript:alert('link')">Read more</a> about the talks in Tokyo, where China accused Japan of stoking tension.</p>
        </article></body></html>
        """;

    private string Text => $"""
        Manila signs pact <img src=http://127.0.0.1:{BaitPort}/title.png onerror=alert(1)>

        MANILA, June 5, 2025 — The Philippines signed a defence agreement with Japan on Wednesday, the foreign ministry said.
        {Payload}
        Japan praised the Philippines for "<script>alert('quote')</script>" on Thursday.
        """;

    [SkippableFact]
    public async Task Hostile_html_and_text_are_stored_and_shown_inert()
    {
        var page = await browser.NewPage(web.App.Address);
        var dialogs = new List<string>();
        var requests = new List<string>();
        page.Dialog += (_, d) => dialogs.Add(d.Message);
        page.Request += (_, r) => requests.Add(r.Url);
        foreach (var body in new object[] { new { html = Html, store = true }, new { text = Text, store = true, date = "2025-06-05" } })
        {
            using var response = await Http.Post(web.Client, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var location = response.Headers.Location!.ToString();
            var stored = await Http.Ok(web.Client, location);
            var text = stored.GetProperty("article").GetProperty("text").GetString()!;
            var id = location.Split('/')[^1];

            await page.GotoAsync($"/#/article/{id}");
            await page.WaitForSelectorAsync("body[data-ready='article']");
            await AssertInert(page, dialogs, requests);
            // What the article says is shown as text, markup and all.
            var shown = await page.Locator(".article-text").TextContentAsync();
            Assert.Equal(text, shown);
            if (body.GetType().GetProperty("text") is not null)
            {
                Assert.Contains("<script>", shown, StringComparison.Ordinal);
                Assert.Contains("onerror=", shown, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("<script>window.__xss = 'escaped'</script>", shown, StringComparison.Ordinal);
            }
            await BrowserFixture.Screenshot(page, "xss-article-" + (body.GetType().GetProperty("text") is null ? "html" : "text"), forReadme: false);
        }

        // The same text coded live on the paste page.
        await page.GotoAsync("/#/paste");
        await page.WaitForSelectorAsync("body[data-ready='paste']");
        await page.FillAsync("textarea[name=text]", Text);
        await page.ClickAsync("form.paste button[type=submit]");
        await page.Locator("#paste-result .article-text").WaitForAsync();
        await AssertInert(page, dialogs, requests);
        await page.SelectOptionAsync("select[name=format]", "html");
        await page.FillAsync("textarea[name=text]", Html);
        await page.ClickAsync("form.paste button[type=submit]");
        await page.Locator("#paste-result .coded-event").First.WaitForAsync();
        await AssertInert(page, dialogs, requests);

        // And in the tables that list the stored events.
        await page.GotoAsync("/#/events?text=defence");
        await page.WaitForSelectorAsync("body[data-ready='events']");
        await AssertInert(page, dialogs, requests);
    }

    private async Task AssertInert(IPage page, List<string> dialogs, List<string> requests)
    {
        // Give any image, frame or script from the data a chance to run before judging.
        await page.WaitForTimeoutAsync(500);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Empty(dialogs);
        Assert.DoesNotContain(requests, u => u.Contains($":{BaitPort}", StringComparison.Ordinal));
        Assert.Equal(0, Volatile.Read(ref _baitHits));
        Assert.Equal(["/dist/app.js"], await page.EvaluateAsync<string[]>("() => [...document.scripts].map(s => new URL(s.src).pathname)"));
        Assert.Equal(0, await page.Locator("#view img, #view iframe, #view object, #view embed, #view svg foreignObject").CountAsync());
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
        Assert.All(hrefs, h => Assert.True(h.StartsWith('#') || (h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal)), h));
        var handlers = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('#view *')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
        Assert.Equal(0, handlers);
    }

    [Fact]
    public async Task The_api_returns_hostile_text_as_json_strings_only()
    {
        using var response = await Http.Post(web.Client, new { text = Text, date = "2025-06-05" });
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        // The JSON encoder escapes angle brackets, so even a sniffing client sees no markup.
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        var title = JsonDocument.Parse(raw).RootElement.GetProperty("article").GetProperty("title").GetString();
        Assert.Equal($"Manila signs pact <img src=http://127.0.0.1:{BaitPort}/title.png onerror=alert(1)>", title);
    }
}

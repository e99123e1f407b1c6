using System.Net;
using System.Net.Http.Headers;
using Entente.Tests.Storage;
using Entente.Tests.Support;
using Entente.Web.Hosting;
using Entente.Web.Security;

namespace Entente.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class SecurityTests(WebFixture web)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/api/events/999999")]
    [InlineData("/dist/app.js")]
    public async Task Every_response_carries_a_strict_content_security_policy(string path)
    {
        using var response = await web.Client.GetAsync(path);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("script-src 'self'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_ui_and_its_bundle_are_served_from_the_process()
    {
        var html = await web.Client.GetStringAsync("/");
        Assert.Contains("<script src=\"/dist/app.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var bundle = await web.Client.GetAsync("/dist/app.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 100_000, "the bundle includes Cytoscape");
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync("/no-such-file.js")).StatusCode);
    }

    [Fact]
    public async Task No_cors_headers_even_when_another_origin_asks()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        get.Headers.Add("Origin", "http://evil.example");
        using var response = await web.Client.SendAsync(get);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        preflight.Headers.Add("Origin", "http://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var answer = await web.Client.SendAsync(preflight);
        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain(answer.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_a_token_every_request_needs_it_by_header_or_cookie()
    {
        using var temp = TestStores.Sqlite();
        await using var app = await WebApp.Start(temp.Store, Some.Pipeline, configure: o => o with { Token = "s3cret-token-for-tests" });
        foreach (var path in new[] { "/", "/api/events", "/openapi/v1.json", "/dist/app.js" })
        {
            using var denied = await app.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
            Assert.Contains("token", (await Http.Body(denied)).GetProperty("error").GetString(), StringComparison.Ordinal);
        }
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/events"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token-for-tests-not");
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.SendAsync(wrong)).StatusCode);
        }
        using (var right = new HttpRequestMessage(HttpMethod.Get, "/api/events"))
        {
            right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token-for-tests");
            Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(right)).StatusCode);
        }
        using (var posted = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"text\":\"x\"}") })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.SendAsync(posted)).StatusCode);
        }

        // A browser visits /?token=T once: an HttpOnly, SameSite=Strict cookie, and a redirect that drops the token from the address.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var browser = new HttpClient(handler) { BaseAddress = app.Address };
        using var visit = await browser.GetAsync("/?token=s3cret-token-for-tests");
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Equal("/", visit.Headers.Location?.ToString());
        var cookie = Assert.Single(visit.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(withCookie)).StatusCode);
        using var badVisit = await browser.GetAsync("/?token=guess");
        Assert.Equal(HttpStatusCode.Unauthorized, badVisit.StatusCode);
        Assert.False(badVisit.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.10")]
    public void A_public_address_without_a_token_is_refused(string address)
    {
        var e = Assert.Throws<WebConfigException>(() => BindPolicy.Check(BindPolicy.Parse(address), null));
        Assert.Contains("token", e.Message, StringComparison.Ordinal);
        BindPolicy.Check(BindPolicy.Parse(address), "a-token-here");
        BindPolicy.Check(BindPolicy.Parse("127.0.0.1"), null);
        BindPolicy.Check(BindPolicy.Parse("localhost"), null);
        BindPolicy.Check(BindPolicy.Parse("::1"), null);
    }

    [Fact]
    public void Building_the_app_on_0000_without_a_token_fails_before_listening()
    {
        using var temp = TestStores.Sqlite();
        var e = Assert.Throws<WebConfigException>(() => EntenteWebApp.Build(new WebOptions
        {
            Store = temp.Store,
            Pipeline = Some.Pipeline,
            Bind = System.Net.IPAddress.Any,
            Port = 0,
        }));
        Assert.Contains("0.0.0.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entente_serve_refuses_0000_without_a_token_with_one_line_and_exit_2()
    {
        var previous = Environment.GetEnvironmentVariable("ENTENTE_TOKEN");
        Assert.True(string.IsNullOrEmpty(previous), "ENTENTE_TOKEN is set in the test environment");
        var run = CliRun.Of("serve", "--bind", "0.0.0.0", "--port", "0", "--home", Path.GetTempPath());
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entente: binding to 0.0.0.0", line, StringComparison.Ordinal);
        Assert.Contains("--token", line, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("serve", "--bind", "not-an-address").ExitCode);
    }

    [Fact]
    public async Task Posting_too_often_is_429()
    {
        using var temp = TestStores.Sqlite();
        await using var app = await WebApp.Start(temp.Store, Some.Pipeline, configure: o => o with { PostsPerMinute = 2 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await Http.Post(app.Client, new { text = $"Japan and the Philippines signed a defence pact on Tuesday. Copy {i}.", date = "2025-01-07" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("too many", (await Http.Body(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
            }
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Reading is not limited.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/events")).StatusCode);
    }
}

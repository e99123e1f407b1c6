using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Entente.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class BrowserTests(WebFixture web, BrowserFixture browser, ITestOutputHelper output)
{
    private static async Task Ready(IPage page, string view) =>
        await page.WaitForSelectorAsync($"body[data-ready='{view}']", new PageWaitForSelectorOptions { Timeout = 30_000 });

    [SkippableFact]
    public async Task The_network_shows_the_states_and_an_edge_click_lists_its_evidence()
    {
        var page = await browser.NewPage(web.App.Address);
        // A CSP violation (an inline style or script the policy blocks) shows up as a console error.
        var errors = BrowserFixture.Errors(page);
        await page.GotoAsync("/#/network");
        await Ready(page, "network");
        var labels = await page.EvaluateAsync<string[]>("() => window.__entente.cy.nodes().map(n => n.data('label'))");
        Assert.Contains("Armenia", labels);
        Assert.Contains("Azerbaijan", labels);
        Assert.Contains("Russia", labels);
        var loadMs = await page.EvaluateAsync<double>("() => performance.getEntriesByName('entente-ready')[0].startTime");
        output.WriteLine($"network view ready {loadMs:0} ms after navigation start");
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "network-load-ms.txt"), loadMs.ToString("0", CultureInfo.InvariantCulture));
        await BrowserFixture.Screenshot(page, "network");

        // A real click on the drawn edge Armenia → Azerbaijan. The layout may put it anywhere, crossing other edges or
        // labels: bring it to the middle of the view, zoomed in a little more on each try, and click its midpoint.
        var evidence = page.Locator("#edge-panel blockquote.evidence").First;
        for (var attempt = 1; ; attempt++)
        {
            var point = await page.EvaluateAsync<double[]>("""
                (zoom) => {
                  const cy = window.__entente.cy;
                  const edge = cy.edges().filter(e => e.source().data('label') === 'Armenia' && e.target().data('label') === 'Azerbaijan')[0];
                  cy.container().scrollIntoView({ block: 'center' });
                  cy.zoom(cy.zoom() * zoom);
                  cy.center(edge);
                  const box = cy.container().getBoundingClientRect();
                  const p = edge.renderedMidpoint();
                  return [box.left + p.x, box.top + p.y];
                }
                """, attempt == 1 ? 1.0 : 1.5);
            await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
            try
            {
                await evidence.WaitForAsync(new LocatorWaitForOptions { Timeout = 4_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
        Assert.Contains("Armenia", await page.Locator("#edge-panel h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Azerbaijan", await page.Locator("#edge-panel h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("talks", await evidence.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.Screenshot(page, "network-edge");

        // States mode folds actors into countries.
        await page.GotoAsync("/#/network?nodes=states");
        await Ready(page, "network");
        var states = await page.EvaluateAsync<string[]>("() => window.__entente.cy.nodes().map(n => n.data('code'))");
        Assert.Contains("ARM", states);
        Assert.Contains("AZE", states);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Filters_change_the_events_table_and_export_writes_csv()
    {
        var page = await browser.NewPage(web.App.Address);
        var errors = BrowserFixture.Errors(page);
        await page.GotoAsync("/#/events");
        await Ready(page, "events");
        var before = await page.Locator("#event-total").InnerTextAsync();
        var rowsBefore = await page.Locator("#events-table tbody tr").CountAsync();
        await page.FillAsync("form.filters input[name=country]", "ARM");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("() => location.hash.includes('country=ARM') && document.body.dataset.ready === 'events'");
        var after = await page.Locator("#event-total").InnerTextAsync();
        var rows = await page.Locator("#events-table tbody tr").AllInnerTextsAsync();
        Assert.NotEqual(before, after);
        Assert.True(rows.Count < rowsBefore, $"{rows.Count} rows after, {rowsBefore} before");
        Assert.All(rows, r => Assert.True(r.Contains("ARM", StringComparison.Ordinal), r));
        await BrowserFixture.Screenshot(page, "events");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.StartsWith("id,date,source_name", csv[0], StringComparison.Ordinal);
        Assert.Equal(int.Parse(after.Split(' ')[0], CultureInfo.InvariantCulture), csv.Length - 1);

        // Sorting by Goldstein through the column header.
        await page.ClickAsync("th >> text=Goldstein");
        await page.WaitForFunctionAsync("() => location.hash.includes('sort=goldstein') && document.body.dataset.ready === 'events'");
        var scores = (await page.Locator("#events-table tbody td.num:nth-child(6)").AllInnerTextsAsync())
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.Order(), scores);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_timeline_draws_bars_per_quad_class()
    {
        var page = await browser.NewPage(web.App.Address);
        var errors = BrowserFixture.Errors(page);
        await page.GotoAsync("/#/timeline?by=month");
        await Ready(page, "timeline");
        Assert.True(await page.Locator("svg.chart rect.bar").CountAsync() > 5);
        Assert.True(await page.Locator("svg.chart g.period[data-key='2024-09']").CountAsync() == 1);
        await BrowserFixture.Screenshot(page, "timeline");
        await page.GotoAsync("/#/timeline?by=week");
        await Ready(page, "timeline");
        Assert.True(await page.Locator("svg.chart g.period[data-key='2024-W38']").CountAsync() == 1);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_article_view_highlights_actors_triggers_and_sentences_and_links_them()
    {
        var geneva = (await Http.Ok(web.Client, "/api/articles?search=Armenian")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var page = await browser.NewPage(web.App.Address);
        var errors = BrowserFixture.Errors(page);
        await page.GotoAsync($"/#/article/{geneva}");
        await Ready(page, "article");
        Assert.Contains("Armenia", await page.Locator(".article-text a.an-actor").AllInnerTextsAsync());
        Assert.True(await page.Locator(".article-text .an-trigger").CountAsync() > 3);
        Assert.True(await page.Locator(".article-text .an-sentence").CountAsync() > 3);
        await BrowserFixture.Screenshot(page, "article");
        await page.Locator(".article-text a.an-actor", new PageLocatorOptions { HasTextString = "Antony Blinken" }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#/actor/') && document.body.dataset.ready === 'actor'");
        Assert.Contains("Secretary of State", await page.Locator("svg.offices-chart").TextContentAsync(), StringComparison.Ordinal);
        await BrowserFixture.Screenshot(page, "actor");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_paste_page_codes_a_story_live_and_shows_events_and_the_sanctions_hit()
    {
        var page = await browser.NewPage(web.App.Address);
        var errors = BrowserFixture.Errors(page);
        await page.GotoAsync("/#/paste");
        await Ready(page, "paste");
        await page.FillAsync("textarea[name=text]", CodeApiTests.Story);
        await page.FillAsync("input[name=date]", "2025-03-04");
        await page.ClickAsync("form.paste button[type=submit]");
        await page.Locator(".coded-event").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var events = await page.Locator(".coded-event").AllInnerTextsAsync();
        Assert.Contains(events, e => e.Contains("057 Sign formal agreement", StringComparison.Ordinal));
        Assert.Contains("VARGOS MELENDEZ", await page.Locator("ul.hits").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#paste-result .article-text .an-trigger").CountAsync() >= 1);
        await BrowserFixture.Screenshot(page, "paste", fullPage: true);
        Assert.Empty(errors);
    }
}

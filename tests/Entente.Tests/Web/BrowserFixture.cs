using Microsoft.Playwright;

namespace Entente.Tests.Web;

/// <summary>Debian's Chromium driven by Playwright (headless; Playwright never downloads a browser). Without /usr/bin/chromium
/// the browser tests skip with a message, unless ENTENTE_REQUIRE_BROWSER=1 (as in CI), where that is a failure.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots and the timing report go (under the test output folder).</summary>
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }
        Directory.CreateDirectory(Artifacts);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The browser, or a skip (a failure under ENTENTE_REQUIRE_BROWSER=1) when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is null && Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException($"ENTENTE_REQUIRE_BROWSER=1 but {Chromium} is missing: apt-get install -y chromium");
            }
            Skip.If(_browser is null, $"{Chromium} is missing (apt-get install -y chromium); skipping browser tests");
            return _browser!;
        }
    }

    public async Task<IPage> NewPage(Uri address)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Collects uncaught errors and console errors (a CSP violation is one) of a page.</summary>
    public static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        return errors;
    }

    /// <summary>Saves a screenshot as a test artifact; with ENTENTE_UPDATE_SCREENSHOTS=1 also into docs/screenshots for the README.</summary>
    public static async Task Screenshot(IPage page, string name, bool forReadme = true, bool fullPage = false)
    {
        var path = Path.Combine(Artifacts, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        if (forReadme && Environment.GetEnvironmentVariable("ENTENTE_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Support.RepoFiles.Path("docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

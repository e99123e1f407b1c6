using Entente.Ingest;
using Entente.Pipeline;
using Entente.Sanctions;
using Entente.Sanctions.Store;
using Entente.Storage.Ingest;
using Entente.Tests.Sanctions.Store;
using Entente.Tests.Storage;
using Entente.Tests.Support;

namespace Entente.Tests.Web;

/// <summary>One app for the web tests: a temporary SQLite store filled by ingesting samples/ with the tests' pipeline,
/// served with a pipeline that also screens against a small invented list (ListFixtures: VARGOS MELENDEZ, Teodoro Anselmo).</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly string _lists = Path.Combine(Path.GetTempPath(), "entente-web-lists-" + Guid.NewGuid().ToString("N"));
    private TempStore? _store;
    private WebApp? _app;

    internal TempStore Store => _store ?? throw new InvalidOperationException("not started");

    internal WebApp App => _app ?? throw new InvalidOperationException("not started");

    internal HttpClient Client => App.Client;

    internal IReadOnlyList<SanctionsList> Lists { get; private set; } = [];

    internal string ListsFolder => _lists;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_lists);
        await File.WriteAllTextAsync(Path.Combine(_lists, "sdn.csv"), ListFixtures.Sdn);
        await File.WriteAllTextAsync(Path.Combine(_lists, "alt.csv"), ListFixtures.Alt);
        _store = TestStores.Sqlite();
        var items = new InputReader(new IngestOptions()).Read([RepoFiles.Path("samples")]);
        var summary = new IngestRunner(Some.Pipeline, _store.Store).Run(items);
        if (summary.Added == 0 || summary.Failed > 0)
        {
            throw new InvalidOperationException($"ingesting samples/ failed: {summary}");
        }
        var pipeline = new PipelineBuilder().WithSanctionsLists([_lists]).Build();
        Lists = pipeline.Lists;
        _app = await WebApp.Start(_store.Store, pipeline, configure: o => o with { PostsPerMinute = 10_000 });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _store?.Dispose();
        Directory.Delete(_lists, recursive: true);
    }
}

/// <summary>Web tests share one app (and its store), so they run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}

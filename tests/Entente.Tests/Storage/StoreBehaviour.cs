using Entente.Ingest;
using Entente.Storage;
using Entente.Storage.Ingest;
using Entente.Storage.Model;
using Entente.Storage.Query;
using Entente.Tests.Support;

namespace Entente.Tests.Storage;

/// <summary>What every engine must do the same way. Each engine's test class runs all of these.</summary>
public abstract class StoreBehaviour
{
    // Four reports written for these tests: three outlets on one signing, and a later story with two other events.
    internal const string Reports = """
        {"id": "ht-1", "outlet": "Harbour Times", "date": "2025-06-04", "title": "Manila and Tokyo seal defence pact", "text": "The Philippines and Japan signed a defence cooperation agreement in Manila on Tuesday, officials said. The deal allows troops from each country to train on the other's soil."}
        {"id": "pw-7", "outlet": "Pacific Wire", "date": "2025-06-04", "title": "Japan, Philippines sign defence accord", "text": "Tokyo and Manila signed a defence pact on Tuesday in the Philippine capital. Analysts said the accord was aimed at China."}
        {"id": "id-3", "outlet": "Island Daily", "date": "2025-06-05", "title": "Defence deal signed", "text": "The Philippines signed a defence agreement with Japan in Manila on Tuesday, the foreign ministry said."}
        {"id": "ht-2", "outlet": "Harbour Times", "date": "2025-06-12", "title": "Beijing protests", "text": "China accused Japan on Wednesday of stoking tension in the South China Sea. The Philippines and Japan signed a new fisheries agreement in Tokyo on Thursday."}
        """;

    internal abstract TempStore NewStore();

    internal static IReadOnlyList<StoredArticle> Code(string jsonl)
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-reports-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, jsonl);
        try
        {
            return new InputReader(new IngestOptions()).Read([path])
                .Select(i => StoredArticle.From(Some.Pipeline.Process(i.Article ?? throw new InvalidOperationException(i.Error!.ToString()))))
                .ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static EventRow Signing(IEventStore store, string source, string target, string date) =>
        Assert.Single(store.Events(new EventQuery { SourceCountry = source, TargetCountry = target, Cameo = "057", From = DateOnly.Parse(date), To = DateOnly.Parse(date) }));

    [SkippableFact]
    public void Three_outlets_reporting_one_signing_make_one_event_with_three_mentions()
    {
        using var temp = NewStore();
        foreach (var article in Code(Reports))
        {
            Assert.Equal(SaveResult.Added, temp.Store.Save(article));
        }
        var signing = Signing(temp.Store, "PHL", "JPN", "2025-06-03");
        Assert.Equal((3, 3, 3), (signing.NumMentions, signing.NumArticles, signing.NumSources));
        Assert.Equal(3, temp.Store.Mentions(signing.Id).Select(m => m.Outlet).Distinct().Count());
        // The fisheries deal nine days later, in another city, is another event.
        var fisheries = Signing(temp.Store, "PHL", "JPN", "2025-06-12");
        Assert.Equal(1, fisheries.NumMentions);
        Assert.Contains("fisheries", fisheries.Sentence);
    }

    [SkippableFact]
    public void Saving_the_same_article_twice_changes_nothing()
    {
        using var temp = NewStore();
        var articles = Code(Reports);
        foreach (var article in articles)
        {
            temp.Store.Save(article);
        }
        var before = temp.Store.Totals();
        Assert.Equal(SaveResult.Unchanged, temp.Store.Save(articles[0]));
        Assert.True(temp.Store.Contains(articles[0].ContentHash));
        Assert.Equal(before, temp.Store.Totals());
        Assert.Equal(3, Signing(temp.Store, "PHL", "JPN", "2025-06-03").NumMentions);
    }

    [SkippableFact]
    public void A_second_article_from_the_same_outlet_counts_as_an_article_not_a_source()
    {
        using var temp = NewStore();
        foreach (var article in Code(Reports))
        {
            temp.Store.Save(article);
        }
        var follow = Code("""{"id": "ht-9", "outlet": "Harbour Times", "date": "2025-06-04", "text": "The Philippines signed a defence agreement with Japan in Manila on Tuesday."}""");
        temp.Store.Save(follow[0]);
        var signing = Signing(temp.Store, "PHL", "JPN", "2025-06-03");
        Assert.Equal((4, 4, 3), (signing.NumMentions, signing.NumArticles, signing.NumSources));
    }

    [SkippableFact]
    public void Filters_select_by_country_pair_code_quad_dates_and_text()
    {
        using var temp = NewStore();
        foreach (var article in Code(Reports))
        {
            temp.Store.Save(article);
        }
        var store = temp.Store;
        var accusation = Assert.Single(store.Events(new EventQuery { Cameo = "11" }));
        Assert.Equal(("CHN", "JPN", 3), (accusation.SourceCountry, accusation.TargetCountry, accusation.QuadClass));
        Assert.Single(store.Events(new EventQuery { Quad = 3 }));
        Assert.All(store.Events(new EventQuery { Pair = ("JPN", "PHL") }), e => Assert.Equal("05", e.Root));
        Assert.Equal(store.Events(new EventQuery { Pair = ("JPN", "PHL") }).Count, store.Events(new EventQuery { Pair = ("PHL", "JPN") }).Count);
        Assert.Empty(store.Events(new EventQuery { Country = "CHN", Cameo = "057" }));
        Assert.All(store.Events(new EventQuery { From = new DateOnly(2025, 6, 10) }), e => Assert.True(string.CompareOrdinal(e.Date, "2025-06-10") >= 0));
        Assert.All(store.Events(new EventQuery { Text = "fisheries" }), e => Assert.Contains("fisheries", e.Sentence));
        Assert.NotEmpty(store.Events(new EventQuery { Text = "FISHERIES" }));
        Assert.Empty(store.Events(new EventQuery { Text = "100%_sure" }));
        Assert.NotEmpty(store.Events(new EventQuery { Actor = "Japan" }));
        Assert.Empty(store.Events(new EventQuery { Actor = "Nobody Atall" }));
        Assert.Equal(store.CountEvents(new EventQuery()), store.Events(new EventQuery { Limit = 1000 }).Count);
        Assert.Equal(2, store.CountEvents(new EventQuery(), atMost: 2));
        var page = store.Events(new EventQuery { Limit = 2, Offset = 1, Sort = EventSort.DateAscending });
        Assert.Equal(store.Events(new EventQuery { Limit = 3, Sort = EventSort.DateAscending }).Skip(1).Select(e => e.Id), page.Select(e => e.Id));
        Assert.Empty(store.Events(new EventQuery { SanctionedOnly = true }));
    }

    [SkippableFact]
    public void Counts_network_actors_and_articles_answer_from_the_same_events()
    {
        using var temp = NewStore();
        foreach (var article in Code(Reports))
        {
            temp.Store.Save(article);
        }
        var store = temp.Store;
        var total = store.CountEvents(new EventQuery());
        Assert.Equal(total, store.CountsByMonth(new EventQuery()).Sum(c => c.Count));
        Assert.Equal(total, store.CountsByDay(new EventQuery()).Sum(c => c.Count));
        Assert.Contains(store.CountsByDay(new EventQuery { Pair = ("PHL", "JPN") }), c => c.Key == "2025-06-03" && c.QuadClass == 1);
        Assert.Equal(total, store.CountsByQuad(new EventQuery()).Sum(c => c.Count));
        Assert.Contains(store.TopDyads(new EventQuery(), 10), d => d.Key == "PHL>JPN");
        var edges = store.Network(new EventQuery(), 100);
        Assert.Contains(edges, e => e.SourceCountry == "CHN" && e.TargetCountry == "JPN" && e.MeanGoldstein < 0);
        var japan = Assert.Single(store.Actors("Japan", "JPN", 10, 0), a => a.Name == "Japan");
        Assert.True(japan.Events >= 3);
        Assert.Equal(4, store.Articles(null, 10, 0).Count);
        var stored = store.Article(store.Articles("Beijing protests", 10, 0).Single().Id)!;
        Assert.StartsWith("China accused Japan", stored.Text);
        Assert.Contains(store.ActorMentions(stored.Id), m => m.Text == "China" && stored.Text![m.StartOffset..m.EndOffset] == "China");
    }

    [SkippableFact]
    public void A_save_that_fails_half_way_leaves_nothing_behind()
    {
        using var temp = NewStore();
        var good = Code(Reports)[0];
        // An event whose trigger lies outside the text makes the writer throw after the article row is written.
        var broken = good with
        {
            ContentHash = new string('b', 64),
            Events = [.. good.Events, good.Events[0] with { Trigger = new Entente.Documents.TextSpan(100_000, 100_010) }],
        };
        Assert.ThrowsAny<Exception>(() => temp.Store.Save(broken));
        Assert.Equal(new StoreTotals(0, 0, 0, 0, 0, 0), temp.Store.Totals());
        // The store is still usable, and the actor cache did not keep ids from the rolled-back transaction.
        Assert.Equal(SaveResult.Added, temp.Store.Save(good));
        Assert.Equal(1, temp.Store.Totals().Articles);
        Assert.All(temp.Store.Events(new EventQuery { Limit = 100 }), e => Assert.NotNull(temp.Store.Actor(e.SourceActorId!.Value)));
    }

    [SkippableFact]
    public void A_batch_keeps_its_good_articles_when_one_fails()
    {
        using var temp = NewStore();
        var articles = Code(Reports);
        var broken = articles[1] with
        {
            ContentHash = new string('c', 64),
            Events = [.. articles[1].Events, articles[1].Events[0] with { Sentence = new Entente.Documents.TextSpan(90_000, 90_100) }],
        };
        var outcomes = temp.Store.SaveMany([articles[0], broken, articles[2], articles[0]]);
        Assert.Equal(SaveResult.Added, outcomes[0].Result);
        Assert.NotNull(outcomes[1].Error);
        Assert.Equal(SaveResult.Added, outcomes[2].Result);
        Assert.Equal(SaveResult.Unchanged, outcomes[3].Result);
        Assert.Equal(2, temp.Store.Totals().Articles);
        Assert.False(temp.Store.Contains(broken.ContentHash));
        Assert.Equal((2, 2, 2), (Signing(temp.Store, "PHL", "JPN", "2025-06-03") is var e ? (e.NumMentions, e.NumArticles, e.NumSources) : default));
        Assert.Equal(0, temp.Store.Events(new EventQuery { Limit = 1000 }).Count(x => temp.Store.Mentions(x.Id).Count == 0));
    }

    [SkippableFact]
    public void A_bulk_load_makes_the_same_events_and_finds_their_words_once_it_ends()
    {
        using var temp = NewStore();
        var articles = Code(Reports);
        using (temp.Store.BeginBulkLoad())
        {
            temp.Store.SaveMany(articles.Take(2).ToList());
            temp.Store.SaveMany(articles.Skip(2).Append(articles[0]).ToList());
        }
        var signing = Signing(temp.Store, "PHL", "JPN", "2025-06-03");
        Assert.Equal((3, 3, 3), (signing.NumMentions, signing.NumArticles, signing.NumSources));
        Assert.Equal(1, Signing(temp.Store, "PHL", "JPN", "2025-06-12").NumMentions);
        Assert.Equal(4, temp.Store.Totals().Articles);
        Assert.Contains(temp.Store.Events(new EventQuery { Text = "fisheries" }), e => e.Sentence!.Contains("fisheries", StringComparison.Ordinal));
        Assert.Single(temp.Store.Events(new EventQuery { Cameo = "11", Country = "CHN" }));
    }

    [SkippableFact]
    public void Input_errors_are_recorded()
    {
        using var temp = NewStore();
        temp.Store.RecordError(new IngestError("E106", "feed.jsonl:7", "malformed JSON"));
        Assert.Equal(1, temp.Store.Totals().Errors);
    }

    [SkippableFact]
    public void The_ingest_runner_skips_stored_articles_and_records_bad_ones()
    {
        using var temp = NewStore();
        var path = Path.Combine(Path.GetTempPath(), $"entente-batch-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, Reports + "\n{\"id\": \"broken\", \"text\": 42}\n");
        try
        {
            var reader = new InputReader(new IngestOptions());
            var runner = new IngestRunner(Some.Pipeline, temp.Store) { Jobs = 2 };
            var first = runner.Run(reader.Read([path]));
            Assert.Equal((4, 0, 1), (first.Added, first.Unchanged, first.Failed));
            var second = runner.Run(reader.Read([path]));
            Assert.Equal((0, 4, 1), (second.Added, second.Unchanged, second.Failed));
            Assert.Equal(4, temp.Store.Totals().Articles);
            Assert.Equal(2, temp.Store.Totals().Errors);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class SqliteStoreTests : StoreBehaviour
{
    internal override TempStore NewStore() => TestStores.Sqlite();
}

public sealed class PostgresStoreTests : StoreBehaviour
{
    internal override TempStore NewStore() => TestStores.Postgres();
}

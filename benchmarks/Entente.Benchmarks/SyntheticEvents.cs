using System.Diagnostics;
using System.Globalization;
using Entente.Documents;
using Entente.Events;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Model;

namespace Entente.Benchmarks;

/// <summary>Fills a store with synthetic coded articles (no pipeline: the events are drawn at random from realistic
/// distributions) through the store's real save path, to measure queries on a million events.</summary>
public static class SyntheticEvents
{
    private static readonly string[] Countries =
    [
        "FRA", "DEU", "JPN", "BRA", "IND", "NGA", "EGY", "TUR", "MEX", "IDN", "POL", "KEN", "CHL", "VNM", "CAN", "NOR", "IRN", "PAK", "ARG", "KOR",
        "USA", "RUS", "CHN", "GBR", "UKR", "ISR", "PSE", "SYR", "VEN", "PRK", "CUB", "IRQ", "AFG", "SAU", "ZAF", "ETH", "SDN", "MMR", "BLR", "ITA",
    ];

    private static readonly string[] Sectors = ["", "GOV", "MIL", "GOV", "", "OPP", "BUS", "MED", "GOV", "REB"];

    private static readonly string[] Codes =
    [
        "010", "012", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "073", "084", "090", "111", "112", "120", "125",
        "130", "138", "141", "163", "172", "173", "181", "190", "193", "195", "0231", "0333", "1056", "1122",
    ];

    private static readonly string[] Words = ["ceasefire", "journalists", "floods", "diplomats", "proposal", "border", "missiles", "humanitarian", "trade", "elections"];

    public static void Fill(string? address, int events, int eventsPerArticle = 10)
    {
        using var store = EventStore.Open(address, EntenteHome.Resolve(null));
        var cameo = CameoCatalog.Load();
        var random = new Random(5);
        var clock = Stopwatch.StartNew();
        var articles = events / eventsPerArticle;
        var batch = new List<StoredArticle>();
        for (var i = 0; i < articles; i++)
        {
            batch.Add(Article(i, eventsPerArticle, random, cameo));
            if (batch.Count == 64 || i == articles - 1)
            {
                store.SaveMany(batch);
                batch.Clear();
            }
            if (i % 10_000 == 9_999)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1:N0} articles, {clock.Elapsed.TotalSeconds:F0} s"));
            }
        }
        var totals = store.Totals();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{store.Engine} {store.Location}: {totals.Articles:N0} articles, {totals.Events:N0} events, {totals.Mentions:N0} mentions in {clock.Elapsed.TotalSeconds:F0} s"));
    }

    private static StoredArticle Article(int n, int count, Random random, CameoCatalog cameo)
    {
        var published = new DateOnly(2015, 1, 1).AddDays(random.Next(3650));
        var sentences = new List<string>();
        var events = new List<StoredEvent>();
        var text = "";
        for (var e = 0; e < count; e++)
        {
            var (s, t) = (random.Next(Countries.Length), random.Next(Countries.Length));
            var code = cameo.Find(Codes[random.Next(Codes.Length)])!;
            var sentence = $"Officials of {Countries[s]} and {Countries[t]} were reported in connection with the {Words[random.Next(Words.Length)]} talks ({code.Name}).";
            var start = text.Length;
            text += sentence + " ";
            events.Add(new StoredEvent
            {
                LocalId = "ev" + e,
                Date = published.AddDays(-random.Next(3)),
                DatePrecision = "day",
                DateBasis = "text",
                Cameo = code,
                Contexts = [],
                Source = Actor(Countries[s], random),
                Target = Actor(Countries[t], random),
                Modality = random.Next(10) == 0 ? "intended" : "asserted",
                Negated = random.Next(30) == 0,
                Confidence = 0.8,
                Sanctioned = random.Next(50) == 0,
                SentenceIndex = e,
                Sentence = new TextSpan(start, start + sentence.Length),
                Trigger = new TextSpan(start, start + 9),
                Pattern = "synthetic",
            });
        }
        var article = new Article { Id = "syn-" + n, Source = "synthetic", Text = text, Published = published, Title = "Synthetic report " + n };
        return new StoredArticle
        {
            ContentHash = StoredArticle.HashOf(article),
            Article = article,
            Outlet = "outlet-" + (n % 40),
            Actors = [],
            Events = events,
            Hits = [],
        };
    }

    private static StoredEventActor Actor(string country, Random random)
    {
        var sector = Sectors[random.Next(Sectors.Length)];
        var code = country + sector;
        return new StoredEventActor(sector.Length == 0 ? "state:" + country : "agent:" + code, code, sector.Length == 0 ? "LOC" : "AGENT", code, 0, country, sector, code);
    }
}

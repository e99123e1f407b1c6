using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entente.Benchmarks;

/// <summary>Generates a news feed dump for store benchmarks and tests: JSONL articles from a set of outlets over ten
/// years, where most stories are reported by one to three outlets (so de-duplication has work to do).</summary>
/// <remarks>Deterministic for a seed. The sentences come from <see cref="SyntheticCorpus"/>'s templates, written for Entente.</remarks>
public static class NewsCorpus
{
    private static readonly string[] Outlets =
    [
        "Harbour Times", "Pacific Wire", "Island Daily", "Continental Post", "Morning Ledger", "Global Courier", "Northern Herald",
        "Capital Gazette",
    ];

    private static readonly DateOnly First = new(2015, 1, 1);

    /// <summary>Writes <paramref name="articles"/> JSONL records to <paramref name="path"/>.</summary>
    public static void Write(string path, int articles, int sentencesEach = 10, int seed = 7)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var line in Lines(articles, sentencesEach, seed))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The JSONL lines, generated lazily.</summary>
    public static IEnumerable<string> Lines(int articles, int sentencesEach = 10, int seed = 7)
    {
        var random = new Random(seed);
        var written = 0;
        var story = 0;
        while (written < articles)
        {
            // One story: the same lead sentence, reported by one to three outlets on the same or the next day.
            var date = First.AddDays(random.Next(3650));
            var lead = SyntheticCorpus.Article(1, seed * 1_000_003 + story).Trim();
            var reports = 1 + random.Next(3);
            var outlets = Outlets.OrderBy(_ => random.Next()).Take(reports).ToList();
            for (var r = 0; r < reports && written < articles; r++)
            {
                var body = SyntheticCorpus.Article(sentencesEach - 1, seed * 7_919 + written);
                var published = date.AddDays(random.Next(2));
                yield return JsonSerializer.Serialize(new
                {
                    id = $"{story}-{r}",
                    outlet = outlets[r],
                    date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    title = $"Story {story} as reported by {outlets[r]}",
                    text = lead + "\n\n" + body,
                });
                written++;
            }
            story++;
        }
    }
}

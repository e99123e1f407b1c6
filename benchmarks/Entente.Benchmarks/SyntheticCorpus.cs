using System.Text;

namespace Entente.Benchmarks;

/// <summary>Builds a deterministic news-like corpus from templates written for Entente: states, their
/// officials and capitals doing the things news reports say they do, mixed with sentences that code nothing.</summary>
public static class SyntheticCorpus
{
    private static readonly string[] States =
    [
        "France", "Germany", "Japan", "Brazil", "India", "Nigeria", "Egypt", "Turkey", "Mexico", "Indonesia", "Poland",
        "Kenya", "Chile", "Vietnam", "Canada", "Norway", "Iran", "Pakistan", "Argentina", "South Korea",
    ];

    private static readonly string[] Groups =
    [
        "{0}'s foreign minister", "{1} officials", "the {1} government", "{1} troops", "the president of {0}", "{1} diplomats",
        "{1} police", "{1} lawmakers",
    ];

    private static readonly string[] Adjectives =
    [
        "French", "German", "Japanese", "Brazilian", "Indian", "Nigerian", "Egyptian", "Turkish", "Mexican", "Indonesian", "Polish",
        "Kenyan", "Chilean", "Vietnamese", "Canadian", "Norwegian", "Iranian", "Pakistani", "Argentine", "South Korean",
    ];

    private static readonly string[] Actions =
    [
        "signed a trade agreement with {T} on Monday", "held talks with {T} in Geneva last week", "accused {T} of violating the ceasefire",
        "urged {T} to release the detained journalists", "praised {T} for its help after the floods", "imposed sanctions on {T} on Tuesday",
        "expelled two diplomats from {T}", "sent humanitarian aid to {T} earlier this month", "threatened to cut ties with {T}",
        "rejected a proposal from {T}", "is not believed to have met {T}", "plans to visit {T} next month", "hosted {T} on Wednesday",
        "condemned {T} over the border incident", "withdrew its troops from {T}", "fired missiles at {T} positions on Sunday",
    ];

    private static readonly string[] Filler =
    [
        "Markets were calm in early trading and analysts expected little change before the weekend.",
        "The weather service forecast heavy rain for the coastal regions through Thursday.",
        "A spokesperson declined to give further details, citing the ongoing review.",
        "The figures will be published in the annual report due out in the spring.",
    ];

    /// <summary>An article of about <paramref name="sentences"/> sentences; the same seed gives the same text.</summary>
    public static string Article(int sentences, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (random.Next(4) == 0)
            {
                sb.Append(Filler[random.Next(Filler.Length)]);
            }
            else
            {
                var s = random.Next(States.Length);
                var t = (s + 1 + random.Next(States.Length - 1)) % States.Length;
                var source = string.Format(System.Globalization.CultureInfo.InvariantCulture, Groups[random.Next(Groups.Length)], States[s], Adjectives[s]);
                var action = Actions[random.Next(Actions.Length)].Replace("{T}", random.Next(2) == 0 ? States[t] : Adjectives[t] + " officials", StringComparison.Ordinal);
                sb.Append(char.ToUpperInvariant(source[0])).Append(source.AsSpan(1)).Append(' ').Append(action).Append('.');
            }
            sb.Append(i % 5 == 4 ? "\n\n" : " ");
        }
        return sb.ToString();
    }

    /// <summary>A corpus of <paramref name="articles"/> articles of <paramref name="sentencesEach"/> sentences.</summary>
    public static List<string> Articles(int articles, int sentencesEach) =>
        [.. Enumerable.Range(0, articles).Select(i => Article(sentencesEach, i))];
}

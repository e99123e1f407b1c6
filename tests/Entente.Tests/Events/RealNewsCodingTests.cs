using Entente.Documents;
using Entente.Events;
using Entente.Knowledge;
using Entente.Tests.Support;

namespace Entente.Tests.Events;

/// <summary>Constructions of wire-service English that the coder must read: quantities before an object,
/// a pronoun standing for the speaker, domestic acts without a named target.</summary>
public class RealNewsCodingTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static string Codes(IReadOnlyList<EventActor> actors) => string.Join(",", actors.Select(a => a.Country ?? a.Code));

    private static Event Single(Document doc, string cameo) => Assert.Single(doc.Events, e => e.Cameo.Code == cameo);

    [Theory]
    [InlineData("Kenyan police arrested more than 40 Somalis in Nairobi on Friday.", "SOM")]
    [InlineData("Kenyan police arrested at least seven Somalis in Nairobi on Friday.", "SOM")]
    [InlineData("Kenyan police arrested up to 30 Somalis in Nairobi on Friday.", "SOM")]
    [InlineData("Kenyan police arrested dozens of Somalis in Nairobi on Friday.", "SOM")]
    public void AQuantityBeforeTheObjectIsPartOfIt(string text, string target)
    {
        var evt = Single(Some.Code(text, Published), "173");
        Assert.Equal("KEN", Codes(evt.Source));
        Assert.Equal(target, Codes(evt.Target));
    }

    [Fact]
    public void ADirectionWordInsideANameIsNoQuantity()
    {
        // "South" belongs to the name of the sea, so "China" must not be read as the object.
        var doc = Some.Code("Vietnamese boats patrolled the South China Sea waters on Monday.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Target.Any(t => t.Country == "CHN"));
    }

    [Fact]
    public void APronounInAReportedClauseIsTheSpeaker()
    {
        var evt = Single(Some.Code("Norway said on Monday it had suspended development aid to Mali.", Published), "1621");
        Assert.Equal("NOR", Codes(evt.Source));
        Assert.Equal("MLI", Codes(evt.Target));
    }

    [Fact]
    public void ADomesticActTakesThePlaceItHappensInAsTarget()
    {
        var evt = Single(Some.Code("Chilean authorities imposed a curfew in the port of Valparaiso on Sunday.", Published), "1723");
        Assert.Equal("CHL", Codes(evt.Source));
        Assert.Equal("CHL", Codes(evt.Target));
    }

    [Fact]
    public void ADomesticActAbroadTargetsTheCountryOfThePlace()
    {
        var evt = Single(Some.Code("Danish and Swedish students staged a protest in Moscow on Tuesday.", Published), "141");
        Assert.Equal("RUS", Codes(evt.Target));
    }

    [Fact]
    public void AnUnknownPatternFlagStopsTheLoad()
    {
        var file = Path.Combine(Path.GetTempPath(), $"patterns-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, "code\tpattern\tflags\n141\tdemonstrate\tlokal\n");
        try
        {
            var error = Assert.Throws<KnowledgeFileException>(() => PatternDictionary.Load(VerbForms.Load(), CameoCatalog.Load(), [file]));
            Assert.Contains("lokal", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

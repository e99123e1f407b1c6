using Entente.Tests.Support;

namespace Entente.Tests.Actors;

/// <summary>Names Entente does not know, typed from their shape and neighbours: names built on places,
/// unknown acronyms, shared surnames and teams in results tables.</summary>
public class NameShapeTests
{
    [Fact]
    public void ANameBuiltOnAPlaceIsOneOrganisationWithThePlacesCountry()
    {
        var doc = Some.Code("About 200 Air France pilots walked out on Monday, and Turkish Petroleum said Kenya Power had paid for fuel shipped to Paris.");
        var air = Assert.Single(doc.Entities, e => e.Name == "Air France");
        Assert.Equal(("ORG", "FRA"), (air.Type, air.Country));
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "France");
        var turkish = Assert.Single(doc.Entities, e => e.Name == "Turkish Petroleum");
        Assert.Equal(("ORG", "TUR"), (turkish.Type, turkish.Country));
        var power = Assert.Single(doc.Entities, e => e.Name == "Kenya Power");
        Assert.Equal(("ORG", "KEN"), (power.Type, power.Country));
        Assert.Contains(doc.Entities, e => e.Name == "Paris" && e.Type == "LOC");
    }

    [Fact]
    public void AnOrganisationOfAPlaceNeedsAnOrganisationWord()
    {
        var doc = Some.Code("The Bank of England kept rates unchanged while exports of Scotland grew.");
        Assert.Contains(doc.Entities, e => e.Name == "Bank of England" && e.Type == "ORG" && e.Country == "GBR");
        Assert.Contains(doc.Entities, e => e.Name == "Scotland" && e.Type == "LOC");
    }

    [Fact]
    public void APersonAfterAPlaceIsNotPartOfIt()
    {
        var doc = Some.Code("Speaking in Moscow Ivan Sokolov said the talks had failed.");
        Assert.Contains(doc.Entities, e => e.Name == "Moscow" && e.Type == "LOC");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Moscow Ivan", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownAcronymInRunningTextIsAnOrganisation()
    {
        var doc = Some.Code("A spokesman for the UFRD said its fighters would not disarm.");
        Assert.Contains(doc.Entities, e => e.Name == "UFRD" && e.Type == "ORG");
    }

    [Fact]
    public void HeadlinesInCapitalsMakeNoOrganisations()
    {
        var doc = Some.Code("FRANCE BEAT GERMANY IN PARIS FRIENDLY\n\nThe match ended 2-1.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG");
    }

    [Fact]
    public void ASurnameSharedByKnownPeopleIsAPersonOfTheirCountry()
    {
        var doc = Some.Code("Castro told reporters the embargo had failed.", new DateOnly(2012, 3, 1));
        var castro = Assert.Single(doc.Entities, e => e.Name == "Castro");
        Assert.Equal(("PERSON", "CUB"), (castro.Type, castro.Country));
        Assert.Null(castro.Person);
    }

    [Fact]
    public void ASurnameSharedByTwoPeopleInTheArticleIsStillAPerson()
    {
        var doc = Some.Code("Vice Premier Zhou Binqian met Mayor Zhou Lanfang in Shanghai. Zhou later said the deal was close.");
        var zhou = Assert.Single(doc.Entities, e => e.Name == "Zhou");
        Assert.Equal("PERSON", zhou.Type);
        Assert.Null(zhou.Person);
    }

    [Fact]
    public void ADirectionBeforeAPlaceMakesAPlaceNotAnOrganisation()
    {
        var doc = Some.Code("Philippine and Japanese warships held drills in the South China Sea on Wednesday.");
        Assert.Contains(doc.Entities, e => e.Name == "South China Sea" && e.Type == "LOC");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG");
        var part = Some.Code("Artillery shelled towns in Eastern Ukraine on Sunday.");
        Assert.Contains(part.Entities, e => e.Name == "Ukraine" && e.Country == "UKR");
    }

    [Fact]
    public void CitiesInAResultsTableAreTeamsButADatelineStaysAPlace()
    {
        var doc = Some.Code("CHICAGO 2024-08-22\n\nStandings after Sunday's games:\nBOSTON 71 64 .526 10\nHOUSTON AT MIAMI\n");
        Assert.Contains(doc.Mentions, m => m.Text == "BOSTON" && m.Type == "ORG");
        Assert.Contains(doc.Mentions, m => m.Text == "HOUSTON" && m.Type == "ORG");
        Assert.Contains(doc.Mentions, m => m.Text == "MIAMI" && m.Type == "ORG");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "CHICAGO" && m.Type == "ORG");
    }
}

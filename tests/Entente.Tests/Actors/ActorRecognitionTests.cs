using Entente.Tests.Support;

namespace Entente.Tests.Actors;

public class ActorRecognitionTests
{
    [Fact]
    public void StatesAreFoundByNameAdjectiveCapitalAndSeat()
    {
        var doc = Some.Code("The Kremlin said Moscow would reply after Ukrainian officials met DPRK envoys in Beijing.");
        var codes = doc.Actors.Select(a => (a.Text, a.Code)).ToList();
        Assert.Contains(("Kremlin", "RUSGOV"), codes);
        Assert.Contains(("Moscow", "RUSGOV"), codes);
        Assert.Contains(("Ukrainian officials", "UKRGOV"), codes);
        Assert.Contains(doc.Entities, e => e.Name == "North Korea" && e.Aliases.Contains("DPRK"));
    }

    [Fact]
    public void ShortAcronymsMatchOnlyInCapitals()
    {
        var doc = Some.Code("Diplomats told us the US envoy would join them.");
        var us = Assert.Single(doc.Entities, e => e.Country == "USA");
        Assert.Equal(["US"], us.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void APersonIsCodedByTheOfficeHeldOnTheDate()
    {
        var before = Some.Code("Nicolás Maduro spoke in Caracas.", new DateOnly(2010, 5, 1));
        var after = Some.Code("Nicolás Maduro spoke in Caracas.", new DateOnly(2019, 10, 1));
        var maduro2010 = Assert.Single(before.Entities, e => e.Type == "PERSON");
        var maduro2019 = Assert.Single(after.Entities, e => e.Type == "PERSON");
        Assert.Equal("VENGOV", maduro2019.Code);
        Assert.Contains("President", maduro2019.Role, StringComparison.Ordinal);
        Assert.DoesNotContain("President of Venezuela", maduro2010.Role ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void SurnameAndGivenNameLinkBackToTheFullName()
    {
        var doc = Some.Code("Diosdado Cabello arrived on Monday. Cabello later met officials. \"Diosdado has informed me,\" the president said.");
        var cabello = Assert.Single(doc.Entities, e => e.Name == "Diosdado Cabello");
        Assert.Contains("Cabello", cabello.Aliases);
        Assert.Contains("Diosdado", cabello.Aliases);
        Assert.Equal(3, cabello.Mentions.Count);
    }

    [Fact]
    public void ASharedFamilyNameStaysUnresolved()
    {
        var doc = Some.Code("Kim Jong-un and Kim Yo-jong attended. Kim spoke first.", new DateOnly(2022, 1, 1));
        Assert.All(doc.Entities.Where(e => e.Type == "PERSON"), e => Assert.DoesNotContain("Kim", e.Aliases));
    }

    [Fact]
    public void AnUnknownPersonAfterATitleTakesItsCountryAndSector()
    {
        var doc = Some.Code("Bolivia's deputy foreign minister, Teodora Quispe Mamani, arrived in Lima on Monday.");
        var person = Assert.Single(doc.Entities, e => e.Name == "Teodora Quispe Mamani");
        Assert.Equal("PERSON", person.Type);
        Assert.Equal("BOL", person.Country);
        Assert.Equal("GOV", person.Sector);
    }

    [Fact]
    public void UnknownNamesWithoutEvidenceAreNotGuessed()
    {
        var doc = Some.Code("Delegates toured the Great Leap Exhibition and admired the Silver Lotus Gardens.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void GroupNounsTakeTheirCountryFromAnAdjectiveOrPossessive()
    {
        var doc = Some.Code("Senior North Korean officials met Russia's defence minister and the Maduro regime.", new DateOnly(2024, 6, 1));
        var codes = doc.Actors.Select(a => a.Code).ToList();
        Assert.Contains("PRKGOV", codes);
        Assert.Contains(doc.Actors, a => a.Text.StartsWith("Russia", StringComparison.Ordinal) && a.Country == "RUS" && a.Sector == "GOV");
        Assert.Contains(doc.Actors, a => a.Text == "Maduro regime" && a.Code == "VENGOV");
    }

    [Fact]
    public void AnUnknownNameThatStartsWithAGivenNameIsAPerson()
    {
        var doc = Some.Code("Talks were chaired by Marta Kowalczyk-Brandt in Vienna.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PERSON");
        Assert.Equal("Marta Kowalczyk-Brandt", person.Name);
    }
}

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

    [Fact]
    public void ARefusalIsARejectionEvent()
    {
        var doc = Some.Code("Ecuador refused to meet Colombian officials on Monday.", Published);
        Assert.True(Single(doc, "040").Modality.Negated);
        var refusal = Single(doc, "125");
        Assert.False(refusal.Modality.Negated);
        Assert.Equal("asserted", refusal.Modality.Kind);
        Assert.Equal("COL", Codes(refusal.Target));
    }

    [Fact]
    public void AFutureDenialIsARefusalButAPastOneIsNot()
    {
        Assert.Contains(Some.Code("Jordan said it would not send aid to Yemen.", Published).Events, e => e.Cameo.Root == "12" && !e.Modality.Negated);
        Assert.DoesNotContain(Some.Code("The Jordanian envoy did not meet Yemeni officials.", Published).Events, e => e.Cameo.Root == "12");
    }

    [Fact]
    public void ADateInsideACueDoesNotHideIt()
    {
        var doc = Some.Code("Iran threatened on Monday to launch a new offensive against Iraq.", Published);
        Assert.Contains(doc.Events, e => e.Cameo.Root == "13" && Codes(e.Target) == "IRQ" && e.Modality.Kind == "asserted");
    }

    [Fact]
    public void TheOfficialsOfAnInternationalBodyAreThatBody()
    {
        var evt = Single(Some.Code("NATO officials demanded the withdrawal of Serbian forces from Kosovo.", Published), "1056");
        Assert.StartsWith("IGO", Assert.Single(evt.Source).Code, StringComparison.Ordinal);
        Assert.Equal("SRB", Codes(evt.Target));
    }

    [Theory]
    [InlineData("Brazil and the United States held talks on Monday.", 2)]
    [InlineData("Chile, Peru, and Bolivia held talks on Monday.", 3)]
    public void ConjunctsAfterADeterminerOrASerialCommaAreAllSources(string text, int sides)
    {
        var doc = Some.Code(text, Published);
        Assert.Equal(sides, doc.Events.Count(e => e.Cameo.Root == "04"));
    }

    [Fact]
    public void VictimsKilledInSomeonesShellingAreTheTargets()
    {
        var evt = Single(Some.Code("Three farmers were killed in Turkish shelling in northern Syria on Monday.", Published), "190");
        Assert.Equal("TUR", Codes(evt.Source));
        Assert.Equal("SYR", Codes(evt.Target));
    }

    [Fact]
    public void ACrowdOfNoStatedCountryIsOfThePlaceItActsIn()
    {
        var evt = Single(Some.Code("Thousands of people blocked roads in Nairobi on Tuesday.", Published), "144");
        Assert.Equal("KEN", Codes(evt.Source));
        Assert.Equal("KEN", Codes(evt.Target));
    }

    [Fact]
    public void FailingToReachAnAgreementIsARejection()
    {
        var doc = Some.Code("Sudan and Chad failed to reach an agreement on Monday.", Published);
        Assert.Equal(2, doc.Events.Count(e => e.Cameo.Code == "127" && !e.Modality.Negated));
    }

    [Fact]
    public void SayingSomeoneMustActIsADemandOnThem()
    {
        var evt = Single(Some.Code("Germany said on Friday that Belarus must free the detained journalists.", Published), "100");
        Assert.Equal("DEU", Codes(evt.Source));
        Assert.Equal("BLR", Codes(evt.Target));
    }

    [Fact]
    public void ConjoinedObjectsDoNotBreakAPattern()
    {
        var evt = Single(Some.Code("The Red Cross said Ethiopian and Eritrean forces must protect civilians.", Published), "100");
        Assert.Equal(2, evt.Target.Count);
    }

    [Theory]
    [InlineData("The minister will meet with exiled dissidents from Cuba.")]
    [InlineData("Students waved Free Tibet flags outside the embassy.")]
    public void AnAdjectiveOrANameIsNoVerb(string text) =>
        Assert.DoesNotContain(Some.Code(text, Published).Events, e => e.Cameo.Root is "17" or "08");

    [Fact]
    public void AGroupFromACountryIsOfThatCountry()
    {
        var evt = Single(Some.Code("Spain deported five activists from Morocco on Monday.", Published), "174");
        Assert.Equal("MAR", Codes(evt.Target));
    }

    [Fact]
    public void AnAdditionAfterACommaIsNotAnApposition()
    {
        var doc = Some.Code("Ottawa announced travel bans on Russian generals, as well as sanctions against Belarus.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.Code == "163" && e.Source.Any(s => s.Country == "RUS"));
    }

    [Fact]
    public void AnAdverbAfterTheDateKeepsTheSubject()
    {
        var evt = Single(Some.Code("Hungary on Monday firmly rejected a Slovak proposal.", Published), "120");
        Assert.Equal("HUN", Codes(evt.Source));
        Assert.Equal("SVK", Codes(evt.Target));
    }

    [Fact]
    public void ADateBetweenVerbAndObjectIsNoObstacle()
    {
        var evt = Single(Some.Code("Lebanon rejected Thursday an Israeli proposal.", Published), "120");
        Assert.Equal("ISR", Codes(evt.Target));
    }

    [Fact]
    public void AnUnknownOfficeHolderBelongsToTheSentencesOnlyCountry()
    {
        var evt = Single(Some.Code("President Obuya Mwangaza banned Malawian opposition rallies on Monday.", Published), "172");
        Assert.Equal("MWI", Codes(evt.Source));
    }

    [Fact]
    public void AnUnknownOfficeHolderStaysUnknownWhenTheSentenceNamesTwoCountries()
    {
        var doc = Some.Code("President Obuya Mwangaza criticised Malawian and Zambian officials on Monday.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Source.Any(s => s.Country is "MWI" or "ZMB"));
    }

    [Fact]
    public void APluralNounIsNoDomesticAct() =>
        Assert.DoesNotContain(Some.Code("Police in Lima banned opposition rallies on Monday.", Published).Events, e => e.Cameo.Root == "14");

    [Fact]
    public void AnUnknownOfficeHolderActingOnTheOnlyCountryIsNotGuessedToBeFromIt() =>
        Assert.DoesNotContain(Some.Code("President Obuya Mwangaza threatened further action against Malawi.", Published).Events,
            e => e.Source.Any(s => s.Country == "MWI"));

    [Fact]
    public void AnOrganisationOperatingInAPlaceIsTheSpeakerNotThePlace()
    {
        var evt = Single(Some.Code("The Red Cross operating in Yemen said Saudi forces must protect hospitals.", Published), "100");
        Assert.StartsWith("NGO", Assert.Single(evt.Source).Code, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdjectiveBeforeTheObjectIsPartOfIt()
    {
        var evt = Single(Some.Code("Greek coastguards tortured illegal Syrian migrants, a rights group said.", Published), "1822");
        Assert.Equal("SYR", Codes(evt.Target));
    }

    [Fact]
    public void OpeningFireWithoutATargetIsViolenceWhereItHappens()
    {
        var evt = Single(Some.Code("Bolivian police opened fire in La Paz on Monday.", Published), "190");
        Assert.Equal("BOL", Codes(evt.Target));
    }

    [Fact]
    public void APassiveAgentAfterAnArticleIsTheSource()
    {
        var doc = Some.Code("The Georgian embassy was stormed by a Russian crowd on Friday.", Published);
        Assert.Contains(doc.Events, e => Codes(e.Source) == "RUS" && Codes(e.Target) == "GEO");
    }

    [Fact]
    public void AGerundAfterAPrepositionIsNoEventOfTheSubject() =>
        Assert.DoesNotContain(Some.Code("Armenia and Azerbaijan closed their border because of fighting in the region.", Published).Events,
            e => e.Cameo.Code == "190");

    [Fact]
    public void ACommitmentNoOtherPatternNamesIsAnIntentToCooperate()
    {
        var evt = Single(Some.Code("Eritrea has agreed to reopen its airspace to Ethiopian airlines.", Published), "030");
        Assert.Equal("ERI", Codes(evt.Source));
        Assert.Equal("ETH", Codes(evt.Target));
    }

    [Fact]
    public void TheCatchAllCommitmentGivesWayToTheSpecificAct()
    {
        var doc = Some.Code("Iran agreed to release Iraqi prisoners on Monday.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.Code == "030");
        Assert.Contains(doc.Events, e => e.Cameo.Root == "03" && Codes(e.Target) == "IRQ");
    }

    [Fact]
    public void AVerbGovernsTheNounThatFollowsIt()
    {
        var doc = Some.Code("Chilean dockers threatened to hold a general strike unless Peru changed its rules.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.Root == "19");
        Assert.Contains(doc.Events, e => e.Cameo.Root == "14" || e.Cameo.Code == "133");
    }

    [Fact]
    public void ANegationInsideTheTriggerNegatesIt()
    {
        var doc = Some.Code("Turkey has vowed never to hand the islands to Greece.", Published);
        var commitments = doc.Events.Where(e => e.Cameo.Root == "03").ToList();
        Assert.NotEmpty(commitments);
        Assert.All(commitments, e => Assert.True(e.Modality.Negated));
    }

    [Fact]
    public void AnInvestigationIntoWhatSomeoneDidTargetsThem()
    {
        var evt = Single(Some.Code("Kenyan police opened an investigation into abuses committed by Somali militias.", Published), "090");
        Assert.Equal("KEN", Codes(evt.Source));
        Assert.Equal("SOM", Codes(evt.Target));
    }

    [Fact]
    public void AnUnknownOfficialOfAnInternationalBodyIsThatBody()
    {
        var evt = Single(Some.Code("Arab League envoy Karim Haddadi launched a mediation effort between Sudan and Chad.", Published), "045");
        Assert.StartsWith("IGO", Assert.Single(evt.Source).Code, StringComparison.Ordinal);
        Assert.Equal("SDN,TCD", Codes(evt.Target));
    }
}

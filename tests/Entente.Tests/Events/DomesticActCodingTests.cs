using Entente.Documents;
using Entente.Events;
using Entente.Tests.Support;

namespace Entente.Tests.Events;

/// <summary>Acts inside one country: who acts when a group names no country, acts that name no target (resigning,
/// demanding elections), and nouns that only set the scene.</summary>
[Trait("Issue", "4")]
public class DomesticActCodingTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static string Codes(IReadOnlyList<EventActor> actors) => string.Join(",", actors.Select(a => a.Code));

    private static bool Claimed(Event e) => !e.Modality.Negated && e.Modality.Kind is "asserted" or "reported" or "historical";

    private static List<Event> Live(Document doc) => [.. doc.Events.Where(Claimed)];

    [Theory]
    [InlineData("Kenyan opposition leaders demanded early elections.", "104", "KENOPP", "KEN")]
    [InlineData("Thousands of Ghanaians demanded his resignation on Friday.", "1041", "GHA", "GHA")]
    [InlineData("Chilean miners demanded autonomy for their region.", "1043", "CHLLAB", "CHL")]
    [InlineData("The Chilean prime minister resigned on Tuesday.", "0831", "CHLGOV", "CHL")]
    [InlineData("The Bolivian foreign minister stepped down after the scandal.", "0831", "BOLGOV", "BOL")]
    public void AnActThatNamesNoTargetIsDomestic(string text, string code, string source, string target)
    {
        var evt = Assert.Single(Live(Some.Code(text, Published)), e => e.Cameo.Code == code);
        Assert.Equal(source, Codes(evt.Source));
        Assert.Equal(target, Codes(evt.Target));
    }

    [Theory]
    [InlineData("Kenya launched an investigation into the deaths of protesters.", "090", "KEN", "KEN")]
    [InlineData("Zambian police prevented a demonstration by students in Lusaka.", "1721", "ZMBCOP", "ZMB")]
    [InlineData("Algerian authorities shut down an independent newspaper.", "1721", "DZAGOV", "DZA")]
    [InlineData("The Nicaraguan government ordered the newspaper to suspend publication.", "1721", "NICGOV", "NICMED")]
    [InlineData("The Ivorian court allowed the opposition candidate to participate in the elections.", "0812", "CIVJUD", "CIVPTY")]
    public void AStateActingOnItsOwnPeopleAndPress(string text, string code, string source, string target)
    {
        var evt = Assert.Single(Live(Some.Code(text, Published)), e => e.Cameo.Code == code);
        Assert.Equal(source, Codes(evt.Source));
        Assert.Equal(target, Codes(evt.Target));
    }

    [Theory]
    [InlineData("Thousands of Iraqi Kurds sought refuge in Germany.", "023", "IRQ", "DEU")]
    [InlineData("Uzbekistan opened a bridge on Monday to allow the delivery of grain to Afghanistan.", "0863", "UZB", "AFG")]
    [InlineData("Somali gunmen killed 12 people in northern Kenya.", "1823", "SOM", "KEN")]
    [InlineData("Jordan launched an air strike against an armed group southwest of Damascus.", "195", "JOR", "SYR")]
    public void APlaceAbroadGivesTheTarget(string text, string code, string source, string target)
    {
        var evt = Assert.Single(Some.Code(text, Published).Events, e => e.Cameo.Code == code);
        Assert.Equal(source, string.Join(",", evt.Source.Select(a => a.Country)));
        Assert.Equal(target, string.Join(",", evt.Target.Select(a => a.Country)));
    }

    [Theory]
    [InlineData("Farmers of the Moroccan-occupied Western Sahara stopped work on Monday.", "192")]
    [InlineData("A Saudi-led delegation arrived in Yemen on Monday.", "19")]
    public void TheSecondHalfOfACompoundAdjectiveIsNoVerb(string text, string root) =>
        Assert.DoesNotContain(Some.Code(text, Published).Events, e => e.Cameo.Code.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void AllowingHumanitarianAccessIsDomesticWhenNoOneIsNamed()
    {
        var evt = Assert.Single(Live(Some.Code("The Ethiopian government agreed to allow unimpeded humanitarian access.", Published)),
            e => e.Cameo.Root == "03");
        Assert.Equal("ETHGOV", Codes(evt.Source));
        Assert.Equal("ETH", Codes(evt.Target));
    }

    [Theory]
    [InlineData("Kenya said its troops had completed their withdrawal from Somalia.", "KENMIL")]
    [InlineData("Chad said on Tuesday that its soldiers had withdrawn from Niger.", "TCDMIL")]
    public void TroopsAfterItsBelongToWhoeverSaysSo(string text, string source)
    {
        var evt = Assert.Single(Live(Some.Code(text, Published)), e => e.Cameo.Root == "08");
        Assert.Equal(source, Codes(evt.Source));
    }

    [Fact]
    public void AConsensusToActIsAPledge()
    {
        var doc = Some.Code("Peru and Ecuador reached a consensus to share intelligence on drug trafficking.", Published);
        Assert.Contains(Live(doc), e => e.Cameo.Root == "03" && Codes(e.Source) == "PER" && Codes(e.Target) == "ECU");
        Assert.DoesNotContain(Live(doc), e => e.Cameo.Root == "06");
    }

    [Fact]
    public void DecliningToResignIsARefusal()
    {
        var doc = Some.Code("The Peruvian defence minister declined to resign despite pressure from lawmakers.", Published);
        var refusal = Assert.Single(Live(doc), e => e.Cameo.Root == "12");
        Assert.Equal("PERGOV", Codes(refusal.Source));
        Assert.DoesNotContain(Live(doc), e => e.Cameo.Code == "0831");
    }

    [Fact]
    public void AGroupOfNoStatedCountryActsForTheOneCountryNamed()
    {
        var evt = Assert.Single(Live(Some.Code("Refugees began a hunger strike to protest the Tanzanian government's policy.", Published)),
            e => e.Cameo.Root == "14");
        Assert.Equal("TZAREF", Codes(evt.Source));
    }

    [Fact]
    public void TheGovernmentIsTheOneCountryNamed()
    {
        var doc = Some.Code("Zambian opposition leaders demanded the resignation of the government.", Published);
        var demand = Assert.Single(Live(doc), e => e.Cameo.Root == "10");
        Assert.Equal("ZMBOPP", Codes(demand.Source));
        Assert.Equal("ZMBGOV", Codes(demand.Target));
    }

    [Fact]
    public void AStateActingOnTheGovernmentMeansAnotherOne() =>
        Assert.DoesNotContain(Live(Some.Code("Russia accused the government of lying.", Published)), e => e.Target.Any(t => t.Code == "RUSGOV"));

    [Fact]
    public void AGroupShellingTheOneCountryNamedStaysOfUnknownCountry()
    {
        var evt = Assert.Single(Live(Some.Code("Insurgents shelled Yemen's second city overnight.", Published)));
        Assert.Equal("---REB", Codes(evt.Source));
        Assert.Equal("YEM", Codes(evt.Target));
    }

    [Fact]
    public void AGroupAgainstTheStatesOwnLeaderIsDomestic()
    {
        var doc = Some.Code("Islamists staged a hunger strike to demand the resignation of Tunisian President Kais Saied.", Published);
        var evt = Assert.Single(Live(doc), e => e.Cameo.Root == "14");
        Assert.Equal("TUNREL", Codes(evt.Source));
    }

    [Fact]
    public void ACountryWhereAGroupIsBasedIsNotWhereItActs()
    {
        var doc = Some.Code("A London-based monitoring group said government forces shelled a rebel-held town.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Source.Concat(e.Target).Any(a => a.Country == "GBR" && a.Sector == "MIL"));
    }

    [Fact]
    public void AnUnknownNameTakesTheDescriptionBeforeIt()
    {
        var doc = Some.Code("A member of the Jordanian parliament, Ahmed Karimi, started a hunger strike on Monday.", Published);
        var evt = Assert.Single(Live(doc), e => e.Cameo.Root == "14");
        Assert.Equal("JORLEG", Codes(evt.Source));
    }

    [Theory]
    [InlineData("Argentina called for sanctions against Venezuela.", "113", "ARG", "VEN")]
    [InlineData("Iran threatened to close the strait if the United States imposed new sanctions.", "130", "IRN", "USA")]
    public void CallsAndConditionalThreatsAimAtTheirTarget(string text, string code, string source, string target)
    {
        var evt = Assert.Single(Live(Some.Code(text, Published)), e => e.Cameo.Code == code);
        Assert.Equal(source, Codes(evt.Source));
        Assert.Equal(target, Codes(evt.Target));
    }

    [Fact]
    public void AThreatIsAimedAtWhoeverMustActToAvertIt()
    {
        var doc = Some.Code("Bolivian truckers threatened to hold a general strike unless Chile lowered port fees.", Published);
        var threat = Assert.Single(Live(doc), e => e.Cameo.Root == "13");
        Assert.Equal("133", threat.Cameo.Code);
        Assert.Equal("CHL", Codes(threat.Target));
        Assert.Contains(doc.Events, e => e.Cameo.Code == "143" && e.Modality.Kind == "intended");
    }

    [Theory]
    [InlineData("Peru is opposed to Brazilian mediation in the border dispute.")]
    [InlineData("Peru rejected Brazilian mediation on Monday.")]
    [InlineData("Peru opposed mediation by Brazil.")]
    public void OpposingSomeonesMediationRejectsIt(string text)
    {
        var evt = Assert.Single(Live(Some.Code(text, Published)), e => e.Cameo.Code == "126");
        Assert.Equal("PER", Codes(evt.Source));
        Assert.Equal("BRA", Codes(evt.Target));
    }

    [Fact]
    public void ACallForSanctionsImposesNone() =>
        Assert.DoesNotContain(Some.Code("Argentina called for sanctions against Venezuela.", Published).Events, e => e.Cameo.Root == "16");

    [Theory]
    [InlineData("Chile recalled its ambassador following the invasion of Bolivia by Peru.", "19")]
    [InlineData("Ecuador closed its border after two days of talks with Colombia.", "04")]
    public void ANounAfterFollowingOrAfterSetsTheScene(string text, string root) =>
        Assert.DoesNotContain(Some.Code(text, Published).Events, e => e.Cameo.Root == root);
}

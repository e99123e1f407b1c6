using Entente.Documents;
using Entente.Events;
using Entente.Tests.Support;

namespace Entente.Tests.Events;

/// <summary>More wire-service constructions: the future of reported speech, adjectives and places standing between a
/// verb and its object, group nouns used as modifiers, and receiving as the giver's act.</summary>
[Trait("Issue", "4")]
public class WireEnglishCodingTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static string Codes(IReadOnlyList<EventActor> actors) => string.Join(",", actors.Select(a => a.Country ?? a.Code));

    private static bool Claimed(Event e) => !e.Modality.Negated && e.Modality.Kind is "asserted" or "reported" or "historical";

    private static List<Event> Live(Document doc) => [.. doc.Events.Where(Claimed)];

    [Fact]
    public void WouldInReportedSpeechIsAPledgeNotACondition()
    {
        var doc = Some.Code("Egypt said on Sunday it would release Sudanese fishermen.", Published);
        var pledge = Assert.Single(Live(doc), e => e.Cameo.Root == "03");
        Assert.Equal("EGY", Codes(pledge.Source));
        Assert.Equal("SDN", Codes(pledge.Target));
        Assert.Contains(doc.Events, e => e.Cameo.Code == "0841" && e.Modality.Kind == "intended");
    }

    [Fact]
    public void WouldAfterAnIfClauseStaysHypothetical()
    {
        var doc = Some.Code("Egypt said that if Khartoum agreed, it would release Sudanese fishermen.", Published);
        Assert.DoesNotContain(Live(doc), e => e.Cameo.Root is "03" or "08");
    }

    [Fact]
    public void WouldNotInReportedSpeechIsARefusal()
    {
        var doc = Some.Code("Kenya said it would not extradite Somali suspects.", Published);
        var refusal = Assert.Single(Live(doc));
        Assert.Equal("12", refusal.Cameo.Root);
        Assert.Equal("KEN", Codes(refusal.Source));
        Assert.Equal("SOM", Codes(refusal.Target));
    }

    [Theory]
    [InlineData("Kenya sent aid to drought-hit Somalia on Monday.", "SOM")]
    [InlineData("Britain has promised to continue military aid to war-torn Mozambique.", "MOZ")]
    [InlineData("Chadian troops shelled the besieged town of Geneina in Sudan.", "SDN")]
    [InlineData("Russia launched an invasion of Eastern Ukraine.", "UKR")]
    public void AnAdjectiveOrADirectionBeforeTheObjectIsPartOfIt(string text, string target) =>
        Assert.Contains(Live(Some.Code(text, Published)), e => Codes(e.Target) == target);

    [Fact]
    public void AGroupNounUsedAsAModifierIsNoTarget()
    {
        var doc = Some.Code("Turkey threatened to launch a military operation against Syria.", Published);
        var threat = Assert.Single(Live(doc), e => e.Cameo.Root == "13");
        Assert.Equal("SYR", Codes(threat.Target));
    }

    [Fact]
    public void ANounAfterAPrepositionIsNoVerb() =>
        Assert.DoesNotContain(Some.Code("Canada announced bans on travel to Russia.", Published).Events, e => e.Cameo.Code == "042");

    [Fact]
    public void APlaceBetweenTheVerbAndItsPrepositionIsNoFiller()
    {
        var evt = Assert.Single(Live(Some.Code("Kenyan students staged rallies in Nairobi against Uganda.", Published)), e => e.Cameo.Root == "14");
        Assert.Equal("UGA", Codes(evt.Target));
    }

    [Fact]
    public void WhatIsReceivedFromSomeoneIsTheirAct()
    {
        var evt = Assert.Single(Live(Some.Code("Yemeni rebels received weapons from Iran.", Published)));
        Assert.Equal("072", evt.Cameo.Code);
        Assert.Equal("IRN", Codes(evt.Source));
        Assert.Equal("YEM", Codes(evt.Target));
    }

    [Fact]
    public void AnActorAfterAgainstIsNoSubject()
    {
        var doc = Some.Code("Students arrested for campaigning against Minsk were released by Belarusian police.", Published);
        var release = Assert.Single(Live(doc), e => e.Cameo.Root == "08");
        Assert.Equal("BLR", Codes(release.Source));
        Assert.DoesNotContain(release.Target, t => t.Text == "Minsk");
    }

    [Fact]
    public void TwoStatesSigningAnAgreementInACapitalSignWithEachOther()
    {
        var doc = Some.Code("Japan and the Philippines signed an agreement on defence cooperation on Tuesday in Manila.", Published);
        var signings = Live(doc).Where(e => e.Cameo.Code == "057").Select(e => $"{Codes(e.Source)}>{Codes(e.Target)}").Order().ToList();
        Assert.Equal(["JPN>PHL", "PHL>JPN"], signings);
    }

    [Fact]
    public void ADateBetweenANounAndItsPrepositionIsNoFiller()
    {
        var evt = Assert.Single(Live(Some.Code("The Serbian president gave a warm welcome on Friday to Hungary's prime minister.", Published)));
        Assert.Equal("043", evt.Cameo.Code);
        Assert.Equal("HUN", Codes(evt.Target));
    }

    [Fact]
    public void TheSubjectStandsBeforeItsApposition()
    {
        var doc = Some.Code("Norway, a long-standing donor to the region, has refused to send peacekeepers to Mali.", Published);
        var refusal = Assert.Single(Live(doc), e => e.Cameo.Root == "12");
        Assert.Equal("NOR", Codes(refusal.Source));
        Assert.Equal("MLI", Codes(refusal.Target));
    }

    [Fact]
    public void AParticipleAfterACommaHasNoSubjectInTheApposition()
    {
        var doc = Some.Code("Chad accused Sudan of arming rebels near Abeche, the army said, stepping up its campaign against Sudanese rebels.", Published);
        Assert.Contains(doc.Events, e => e.Cameo.Root == "11" && Codes(e.Source) == "TCD");
        Assert.DoesNotContain(doc.Events, e => e.Source.Any(s => s.Text == "Abeche"));
    }

    [Fact]
    public void ADeterminerMayOpenTheNextConjunctOfATarget()
    {
        var doc = Some.Code("Britain said on Friday that the Sudanese government and the Chadian rebels must end the fighting.", Published);
        var demand = Assert.Single(Live(doc), e => e.Cameo.Root == "10");
        Assert.Equal("GBR", Codes(demand.Source));
        Assert.Contains("TCD", Codes(demand.Target));
    }

    [Fact]
    public void AHungerStrikeToProtestSomethingTargetsItsAuthor()
    {
        var evt = Assert.Single(Live(Some.Code("Tunisian lawyers began a hunger strike on Monday to protest Tunisia's new press law.", Published)));
        Assert.Equal("14", evt.Cameo.Root);
        Assert.Equal("TUN", Codes(evt.Target));
    }

    [Fact]
    public void HaveBeforeAParticipleIsAnAuxiliary()
    {
        var doc = Some.Code("Kenya and Uganda have postponed their meeting after heavy rains.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.Root == "04");
        Assert.Contains(Live(doc), e => e.Cameo.Code == "160" && Codes(e.Source) == "KEN" && Codes(e.Target) == "UGA");
    }
}

using Entente.Documents;
using Entente.Events;
using Entente.Tests.Support;

namespace Entente.Tests.Events;

public class EventCodingTests
{
    private static readonly DateOnly Published = new(2024, 3, 5); // a Tuesday

    private static Event Single(Document doc, string cameo) => Assert.Single(doc.Events, e => e.Cameo.Code == cameo);

    private static string Codes(IReadOnlyList<EventActor> actors) => string.Join(",", actors.Select(a => a.Country ?? a.Code));

    [Fact]
    public void AgreementWithATargetIsCodedWithEvidence()
    {
        var doc = Some.Code("Chile signed a fisheries agreement with Peru on Monday.", Published);
        var evt = Single(doc, "057");
        Assert.Equal("CHL", Codes(evt.Source));
        Assert.Equal("PER", Codes(evt.Target));
        Assert.Equal(new DateOnly(2024, 3, 4), evt.Date.Start);
        Assert.Equal("signed a fisheries agreement with", doc.Text[evt.Trigger.Start..evt.Trigger.End]);
        Assert.Equal("asserted", evt.Modality.Kind);
        Assert.False(evt.Modality.Negated);
    }

    [Fact]
    public void ARelativeClauseIsSkippedWhenLookingForTheSubject()
    {
        var doc = Some.Code("Sergei Lavrov, who arrived late on Sunday, held talks with Chinese officials in Beijing.", Published);
        var evt = Single(doc, "040");
        Assert.Equal("RUS", Codes(evt.Source));
        Assert.Equal("CHN", Codes(evt.Target));
        Assert.Equal("Beijing", evt.Place?.Name);
    }

    [Fact]
    public void CoordinatedVerbsShareTheirSubject()
    {
        var doc = Some.Code("The Iranian foreign minister flew to Muscat and held talks with Omani officials.", Published);
        Assert.Equal("IRN", Codes(Single(doc, "042").Source));
        Assert.Equal("IRN", Codes(Single(doc, "040").Source));
        Assert.Equal("OMN", Codes(Single(doc, "040").Target));
    }

    [Fact]
    public void ThePassiveSwapsSourceAndTarget()
    {
        var doc = Some.Code("A Ukrainian convoy was attacked by Russian forces near Kharkiv.", Published);
        var evt = Single(doc, "180");
        Assert.Equal("RUS", Codes(evt.Source));
        Assert.Equal("UKR", Codes(evt.Target));
    }

    [Fact]
    public void NegatedEventsAreMarkedNotDropped()
    {
        var doc = Some.Code("The Iraqi envoy is not believed to have met Turkish officials.", Published);
        Assert.True(Assert.Single(doc.Events).Modality.Negated);
    }

    [Fact]
    public void PlansAreIntentionsWithoutADateOfTheArticle()
    {
        var doc = Some.Code("Brazil plans to host Argentine officials.", Published);
        var evt = Single(doc, "043");
        Assert.Equal("intended", evt.Modality.Kind);
        Assert.Null(evt.Date.Start);
    }

    [Fact]
    public void APronounTakesThePersonOfThePreviousSentence()
    {
        var doc = Some.Code("Antony Blinken landed in Cairo on Monday. He met Egyptian officials on Tuesday.", Published);
        var evt = Single(doc, "040");
        Assert.Equal("USA", Codes(evt.Source));
        Assert.Equal(Published, evt.Date.Start);
    }

    [Fact]
    public void ADeadPersonsDeedsAreHistoryNotToday()
    {
        var doc = Some.Code("Fidel Castro condemned the United States.", Published);
        var evt = Single(doc, "111");
        Assert.Equal("historical", evt.Modality.Kind);
        Assert.Null(evt.Date.Start);
    }

    [Fact]
    public void CompoundTargetsAreAllKept()
    {
        var doc = Some.Code("The Venezuelan delegation traveled to Vietnam and China.", Published);
        Assert.Equal("VNM,CHN", Codes(Single(doc, "042").Target));
    }

    [Fact]
    public void ConjoinedSubjectsKeepTheirAdjectivesAndOxfordCommas()
    {
        var doc = Some.Code("Chile, the mighty Peru, and proud Bolivia signed a fisheries agreement with Ecuador.", Published);
        Assert.Equal("CHL,PER,BOL", Codes(Single(doc, "057").Source));
    }

    [Fact]
    public void ConjoinedTargetsKeepTheirAdjectives()
    {
        var doc = Some.Code("Chile signed a fisheries agreement with Peru and the mighty Bolivia.", Published);
        Assert.Equal("PER,BOL", Codes(Single(doc, "057").Target));
    }

    [Fact]
    public void AnActAboutToHappenIsCodedAsTheAct()
    {
        var doc = Some.Code("Chile is about to sign a fisheries agreement with Peru.", Published);
        Assert.Equal("asserted", Single(doc, "057").Modality.Kind);
    }

    [Fact]
    public void RestoringTiesIsDiplomaticCooperationAndEstablishingThemRecognition()
    {
        Assert.Equal("PER", Codes(Single(Some.Code("Chile restored full diplomatic ties with Peru.", Published), "050").Target));
        Assert.Equal("PER", Codes(Single(Some.Code("Chile established diplomatic ties with Peru.", Published), "054").Target));
        var welcomed = Single(Some.Code("Chile welcomed the resumption of diplomatic ties between Peru and Bolivia.", Published), "050");
        Assert.Equal("CHL", Codes(welcomed.Source));
        Assert.Equal("PER,BOL", Codes(welcomed.Target));
    }

    [Fact]
    public void AnAdverbInThePassiveStillSwapsTheRoles()
    {
        var evt = Single(Some.Code("Chile was fiercely criticized by Peru on Monday.", Published), "111");
        Assert.Equal("PER", Codes(evt.Source));
        Assert.Equal("CHL", Codes(evt.Target));
        var later = Single(Some.Code("Chile was criticized earlier by Peru.", Published), "111");
        Assert.Equal("PER", Codes(later.Source));
    }

    [Fact]
    public void MoneyReceivedIsAidGivenByTheSender()
    {
        var evt = Single(Some.Code("Chile received money from Peru.", Published), "071");
        Assert.Equal("PER", Codes(evt.Source));
        Assert.Equal("CHL", Codes(evt.Target));
    }

    [Fact]
    public void APostponedMeetingIsNoMeeting()
    {
        var doc = Some.Code("Chile and Peru postponed their meeting.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.Root == "04");
        Assert.Equal(2, doc.Events.Count(e => e.Cameo.Code == "160"));
    }

    [Fact]
    public void APurposeStaysIntendedInAReportedSentenceButContinuingIsTheAct()
    {
        var purpose = Single(Some.Code("Chile rejected a request to arrest Peruvian officials, a spokesman said.", Published), "173");
        Assert.Equal("intended", purpose.Modality.Kind);
        var continued = Single(Some.Code("Chile continued to send arms to Peru, a spokesman said.", Published), "072");
        Assert.Equal("reported", continued.Modality.Kind);
    }

    [Fact]
    public void AnAsideAfterACommaIsNoConjunct()
    {
        var doc = Some.Code("Chile signed a fisheries agreement with Peru, a senior Bolivian official said.", Published);
        Assert.Equal("PER", Codes(Single(doc, "057").Target));
    }

    [Fact]
    public void APronounAfterASayingVerbIsWhoeverSaidIt()
    {
        var doc = Some.Code("Chile indicated it deplored Peru's decision.", Published);
        Assert.Equal("CHL", Codes(Single(doc, "111").Source));
        var person = Some.Code("Chile's president said that he condemned Peru.", Published);
        Assert.Equal("CHL", Codes(Single(person, "111").Source));
    }

    [Fact]
    public void ABareNounAfterAndSharesTheNationalityBeforeIt()
    {
        var doc = Some.Code("Chilean media and government criticized Peru.", Published);
        Assert.Equal("CHL,CHL", Codes(Single(doc, "111").Source));
    }

    [Fact]
    public void AWordAfterADeterminerIsNoVerb()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("entente-pat-").FullName, "patterns.tsv");
        File.WriteAllText(file, "code\tpattern\tflags\n080\tpass +\t\n");
        var pipeline = new Entente.Pipeline.PipelineBuilder().WithPatternFile(file).Build();
        Assert.Single(pipeline.Process(Some.Article("Chile passed Peru.", Published)).Events, e => e.Cameo.Code == "080");
        Assert.DoesNotContain(pipeline.Process(Some.Article("Chile closed the pass Peru used.", Published)).Events, e => e.Cameo.Code == "080");
    }

    [Fact]
    public void APrepositionalAsideBetweenSubjectAndVerbIsSkipped()
    {
        var doc = Some.Code("Chile's foreign minister, in remarks published on Monday, criticized Peru.", Published);
        var evt = Single(doc, "111");
        Assert.Equal("CHL", Codes(evt.Source));
        Assert.Equal("PER", Codes(evt.Target));
    }

    [Fact]
    public void AQuantityBeforeTheObjectIsNoObjectOfItsOwn()
    {
        var doc = Some.Code("Chile arrested a group of Peruvian fishermen.", Published);
        Assert.Equal("PER", Codes(Single(doc, "173").Target));
    }

    [Fact]
    public void EventsNeedAKnownSourceAndTarget()
    {
        var doc = Some.Code("Someone praised the weather in the mountains.", Published);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void AnEventNounPointsBackToWhoeverDidIt()
    {
        var doc = Some.Code("Iran seized a Liberian tanker on Sunday. France condemned the seizure on Monday.", Published);
        var evt = Single(doc, "111");
        Assert.Equal("FRA", Codes(evt.Source));
        Assert.Equal("IRN", Codes(evt.Target));
    }

    [Fact]
    public void BothSidesMeansThePairNamedBefore()
    {
        var doc = Some.Code("Armenia and Azerbaijan held talks in Geneva. Germany praised both sides.", Published);
        Assert.Equal("ARM,AZE", Codes(Single(doc, "051").Target));
    }

    [Fact]
    public void AVerbAfterAndAReportedClauseBelongsToTheSpeaker()
    {
        var doc = Some.Code("Mexican President Claudia Sheinbaum said Mexico would not give in and thanked Canada for its support.", Published);
        var evt = Single(doc, "051");
        Assert.Equal("MEX", Codes(evt.Source));
        Assert.Equal("CAN", Codes(evt.Target));
        Assert.False(evt.Modality.Negated);
    }

    [Fact]
    public void ADenialNegatesWhatIsDenied()
    {
        var doc = Some.Code("Moscow denied that Russian troops had attacked Ukrainian positions.", Published);
        var attack = Assert.Single(doc.Events, e => e.Cameo.Root == "18");
        Assert.True(attack.Modality.Negated);
        Assert.Equal("RUS", Codes(attack.Source));
    }

    [Fact]
    public void APledgeIsAnEventWhileThePledgedActIsOnlyIntended()
    {
        var doc = Some.Code("Norway will send humanitarian aid to Sudan.", Published);
        var act = Single(doc, "073");
        Assert.Equal("intended", act.Modality.Kind);
        var pledge = Single(doc, "0333");
        Assert.Equal("asserted", pledge.Modality.Kind);
        Assert.Equal("AGREE", pledge.Cameo.Plover);
        Assert.Equal(Published, pledge.Date.Start);
        Assert.Equal("SDN", Codes(pledge.Target));
    }

    [Fact]
    public void ADenialAnswersWhoeverAccused()
    {
        var doc = Some.Code("Lithuania accused Belarus of sending migrants across the border. Belarus denied that it had done so.", Published);
        var denial = Single(doc, "016");
        Assert.Equal("BLR", Codes(denial.Source));
        Assert.Equal("LTU", Codes(denial.Target));
    }

    [Fact]
    public void LocalPoliceAndCrowdsBelongToTheDatelineCountry()
    {
        var doc = Some.Code("LIMA, March 5, 2024 — Police detained four protesters outside the Congress on Tuesday.", Published);
        var evt = Single(doc, "173");
        Assert.Equal("PERCOP", evt.Source[0].Code);
        Assert.Equal("PER", Codes(evt.Target));
    }
}

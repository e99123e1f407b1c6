using Entente.Evaluation;
using Entente.Ingest;
using Entente.Tests.Support;

namespace Entente.Tests.Evaluation;

[Trait("Issue", "4")]
public sealed class SuiteScorerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"suite-{Guid.NewGuid():N}.xml");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void APetrarchSuiteIsReadAndScoredOnTriples()
    {
        File.WriteAllText(_path, """
            <Validation>
            <!-- a comment with <Sentence id="ignored"> inside -->
            <Sentences>
            <Sentence category="TEST" date="20240305" id="T1" evaluate="true">
            <EventCoding eventcode="057" sourcecode="CHLGOV" targetcode="PER" />
            <Text>Chile signed a fisheries agreement with Peru on Monday.</Text>
            </Sentence>
            <Sentence category="TEST" date="20240305" id="T2" evaluate="true">
            <EventCoding noevents="True" />
            <Text>The weather in Lima was mild.</Text>
            </Sentence>
            <Sentence category="TEST" date="20240305" id="T3" evaluate="false">
            <EventCoding eventcode="010" sourcecode="PER" targetcode="CHL" />
            <Text>Skipped sentence.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """);
        var cases = SuiteReader.Read(_path);
        Assert.Equal(["T1", "T2"], cases.Select(c => c.Id));
        Assert.Equal(("CHL", "PER", "057"), Assert.Single(cases[0].Triples));
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var docs = cases.ToDictionary(c => c.Id, c => Some.Pipeline.Process(reader.Read(c.Id, _path, c.Text, c.Date, title: "")));
        var score = SuiteScorer.ScorePetrarch(cases, docs);
        Assert.Equal(new Prf(1, 0, 0), score.Level1);
        Assert.Equal(2, score.Exact);
        Assert.Equal(1.0, score.F1);
    }
}

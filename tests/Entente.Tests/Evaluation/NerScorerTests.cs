using Entente.Evaluation;
using Entente.Ingest;
using Entente.Tests.Support;

namespace Entente.Tests.Evaluation;

[Trait("Issue", "3")]
public sealed class NerScorerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Iob1AndIob2TagsGiveTheSameSpans()
    {
        Assert.Equal([(0, 2, "PER"), (3, 4, "LOC")], NerCorpus.Spans(["I-PER", "I-PER", "O", "I-LOC"]));
        Assert.Equal([(0, 1, "PER"), (1, 2, "PER")], NerCorpus.Spans(["B-PER", "B-PER"]));
        Assert.Equal([(0, 2, "ORG")], NerCorpus.Spans(["B-ORG", "I-ORG"]));
    }

    [Fact]
    public void MentionsAreScoredOnExactSpansAndMiscIsIgnored()
    {
        File.WriteAllText(_path, """
            -DOCSTART- -X- -X- O

            Angela NNP I-NP I-PER
            Merkel NNP I-NP I-PER
            visited VBD I-VP O
            Paris NNP I-NP I-LOC
            with IN I-PP O
            French JJ I-NP I-MISC
            officials NNS I-NP O
            . . O O

            """);
        var docs = NerCorpus.Read(_path);
        var doc = Assert.Single(docs);
        Assert.Equal("Angela Merkel visited Paris with French officials .\n", doc.Text);
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var coded = docs.ToDictionary(d => d.Id, d => Some.Pipeline.Process(reader.Read(d.Id, _path, d.Text, new DateOnly(2010, 1, 1), title: "")));
        var score = NerScorer.Score(docs, coded);
        Assert.Equal(new Prf(1, 0, 0), score["PER"]);
        Assert.Equal(new Prf(1, 0, 0), score["LOC"]);
        Assert.Equal(1.0, score["ALL"].F1);
    }
}

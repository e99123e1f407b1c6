using Entente.Evaluation.Names;
using Entente.Sanctions;
using Entente.Tests.Sanctions;

namespace Entente.Tests.Evaluation;

[Trait("Issue", "5")]
public sealed class NameSetScorerTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void PairsAreCountedOverallAndByCategory()
    {
        string cases = _files.Write("cases.csv",
            "case_group,schema,name1,name2,is_match,quality,category,notes\n"
            + "t,Person,Teodoro Vargos,\"VARGOS, Teodoro\",true,STRONG,Word Reordering,\n"
            + "t,Person,Marisol Kestrel,Marisol Kestrell,true,STRONG,Fat Finger Typo,\"a note, with a comma\"\n"
            + "t,Person,Marisol Kestrel,Teodoro Vargos,false,STRONG,Word Reordering,\n"
            + "t,Company,Orinoco Freight Lines,Orinoco Freight Lines C.A.,true,MEDIUM,,\n");
        var score = PairSetScorer.Score(cases, new NameMatcher());

        Assert.Equal(4, score.All.Total);
        Assert.Equal(3, score.All.Tp);
        Assert.Equal(1, score.All.Tn);
        Assert.Equal(1.0, score.All.F1);
        Assert.Equal(2, score.ByCategory["Word Reordering"].Total);
        Assert.Equal(1, score.ByCategory["Company"].Total);
    }

    [Fact]
    public void CrossScriptPairsSkipCommentsAndCompareAcrossScripts()
    {
        string pairs = _files.Write("cross.csv",
            "# Query,Expected Match,Min Score,Description\n\n"
            + "# Cyrillic\n"
            + "Теодор Варгос,Teodor Vargos,0.80,invented pair\n"
            + "Теодор Варгос,Marisol Kestrel,0.80,should not match\n");
        var score = CrossScriptScorer.Score(pairs, new NameMatcher());

        Assert.Equal(2, score.Pairs);
        Assert.Equal(1, score.Matched);
        Assert.True(score.Rows[0].Match);
        Assert.False(score.Rows[1].Match);
    }

    [Fact]
    public void AQueryWhoseOnlyKeysAreJoinedTokensIsScreenedWithoutFailing()
    {
        var entry = new SanctionsEntry("TEST", "1", "Ilvaro Zorvanikkeldramoth", [], "individual", [], [], [], null, null, null);
        var screener = new Screener([new SanctionsList("TEST", "test", null, "", [entry])]);
        var hits = screener.Screen(new ScreeningQuery("Qwyx Zorvanik Keldramoth", "PERSON"));
        Assert.DoesNotContain(hits, h => h.Status == ScreeningHit.Match);
    }
}

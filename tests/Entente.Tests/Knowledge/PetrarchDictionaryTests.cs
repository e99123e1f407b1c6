using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Tests.Support;

namespace Entente.Tests.Knowledge;

[Trait("Issue", "3")]
public sealed class PetrarchDictionaryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-petr-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    // A fictional world, written for this test in the PETRARCH dictionary layout.
    private const string Actors = """
        <!-- test actors -->
        <!-- a comment
             over two lines -->
        VALDORIA [VLD]
        +VALDORIAN
        VALDORIAN_NAVY [VLDNAV] # a comment
        MARSHAL_ORVEN_TASK
        +ORVEN
        	[VLD < 050101]
        	[VLDGOV 20050101 - 20101231]
        	[VLDREB > 110101]
        KESTRAVIA  [KST]
        THE_GREEN_MARCHES [GRM/VLD]
        AMNESTY_INTERNATIONAL [NGOXAI]
        """;

    private const string Agents = """
        !PERSON! = MAN, MEN
        FOREIGN_MINISTER [~GOVFRM] # note
        GUARD {} [~COP]
        TRADES!PERSON! [~LAB]
        ELDER {ELDERS} [~ELD]
        """;

    [Fact]
    public void ActorsWithSynonymsAndDatedCodesAreRead()
    {
        var path = Write("actors.txt", Actors);
        Assert.True(PetrarchDictionary.Recognise(path));
        Assert.False(PetrarchDictionary.IsAgents(path));
        var actors = PetrarchDictionary.ReadActors(path);
        Assert.Equal(["VALDORIA", "VALDORIAN NAVY", "MARSHAL ORVEN TASK", "KESTRAVIA", "THE GREEN MARCHES", "AMNESTY INTERNATIONAL"], actors.Select(a => a.Name));
        Assert.Equal(["VALDORIAN"], actors[0].Aliases);
        var orven = actors[2];
        Assert.Equal("VLD", orven.CodeOn(new DateOnly(2001, 1, 1)));
        Assert.Equal("VLDGOV", orven.CodeOn(new DateOnly(2008, 6, 1)));
        Assert.Equal("VLDREB", orven.CodeOn(new DateOnly(2015, 6, 1)));
    }

    [Fact]
    public void AgentsExpandMacrosAndPlurals()
    {
        var path = Write("agents.txt", Agents);
        Assert.True(PetrarchDictionary.IsAgents(path));
        var agents = PetrarchDictionary.ReadAgents(path);
        Assert.Contains(agents, a => a.Terms.SequenceEqual(["foreign minister"]) && a.Sector == "GOVFRM");
        Assert.Contains(agents, a => a.Terms.SequenceEqual(["guard", "guards"]) && a.Sector == "COP");
        Assert.Contains(agents, a => a.Terms[0] == "tradesmen" && a.Sector == "LAB");
        Assert.Contains(agents, a => a.Terms.SequenceEqual(["elder", "elders"]));
    }

    [Fact]
    public void ImportedDictionariesCodeEventsWithTheirOwnCodes()
    {
        var pipeline = new PipelineBuilder().WithKnowledgeFile(Write("actors.txt", Actors)).WithKnowledgeFile(Write("agents.txt", Agents)).Build();
        var article = Some.Article("Marshal Orven Task attacked Kestravia on Monday.", new DateOnly(2008, 6, 3));
        var evt = Assert.Single(pipeline.Process(article).Events);
        Assert.Equal("VLDGOV", evt.Source[0].Code);
        Assert.Equal("KST", evt.Target[0].Code);
    }

    [Fact]
    public void SeveralCodesTakeTheFirstAndALeadingTheIsOptional()
    {
        var marches = PetrarchDictionary.ReadActors(Write("actors.txt", Actors)).Single(a => a.Name == "THE GREEN MARCHES");
        Assert.Equal("GRM", marches.Code);
        Assert.Contains("GREEN MARCHES", marches.Aliases);
        var pipeline = new PipelineBuilder().WithKnowledgeFile(Write("actors2.txt", Actors)).Build();
        var evt = Assert.Single(pipeline.Process(Some.Article("Kestravia attacked the Green Marches on Monday.", new DateOnly(2008, 6, 3))).Events);
        Assert.Equal("GRM", evt.Target[0].Code);
    }

    [Fact]
    public void TheUsersDictionaryOutranksBuiltInKnowledgeForTheSameName()
    {
        var pipeline = new PipelineBuilder().WithKnowledgeFile(Write("actors.txt", Actors)).Build();
        var evt = Assert.Single(pipeline.Process(Some.Article("Amnesty International criticized Kestravia on Monday.", new DateOnly(2008, 6, 3))).Events);
        Assert.Equal("NGOXAI", evt.Source[0].Code);
    }

    // A fictional verb dictionary in the PETRARCH layout, with codes of its own.
    private const string Verbs = """
        <!-- test verbs -->
        &GRAIN
        +WHEAT
        +BARLEY

        --- SCOLD  [111]  ---
        SCOLD
        REBUKE {REBUKES REBUKED REBUKING}
        - * (OVER &GRAIN) [1114]  # a note
        - HEAVILY * [1115]

        --- QUARREL [190] ---
        QUARREL
        - % * [130]

        --- NOTE [---] ---
        NOTE

        --- LAND [042:043] ---
        LAND

        --- DELAY [120]  [031:031]  ---
        DELAY
        - % HAVE * [191]

        --- STRIKE [1951] ---
        STRIKE
        """;

    [Fact]
    public void VerbDictionariesBecomePatternsWithTheirOwnCodes()
    {
        var path = Write("verbs.txt", Verbs);
        Assert.True(PetrarchVerbs.Recognise(path));
        var rows = PetrarchVerbs.ReadRows(path).Select(r => (r["code"], r["pattern"], r["flags"])).ToList();
        Assert.Contains(("111", "scold ** +", ""), rows);
        Assert.Contains(("111", "rebuke|rebuking ** +", ""), rows);
        Assert.Contains(("1114", "scold over wheat|barley * +", ""), rows);
        Assert.Contains(("130", "quarrel", "reciprocal"), rows);
        Assert.Contains(("042", "land ** +", "reverse=043"), rows);
        Assert.Contains(("120", "delay ** +", ""), rows); // a second code block in the header is ignored
        Assert.Contains(("191", "delay", "reciprocal"), rows); // an auxiliary before the verb may go
        Assert.DoesNotContain(rows, r => r.Item1 == "1115"); // words before the verb cannot be said
        Assert.DoesNotContain(rows, r => r.Item2.StartsWith("note", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerbDictionaryReplacesTheBuiltInPatterns()
    {
        var pipeline = new PipelineBuilder().WithKnowledgeFile(Write("actors.txt", Actors)).WithPatternFile(Write("verbs.txt", Verbs)).Build();
        var date = new DateOnly(2008, 6, 3);
        var evt = Assert.Single(pipeline.Process(Some.Article("Valdoria rebuked Kestravia over barley exports.", date)).Events);
        Assert.Equal("1114", evt.Cameo.Code);
        Assert.Equal("KST", evt.Target[0].Code);
        Assert.Equal(2, pipeline.Process(Some.Article("Valdoria and Kestravia quarrelled.", date)).Events.Count(e => e.Cameo.Code == "130"));
        Assert.Empty(pipeline.Process(Some.Article("Valdoria signed an agreement with Kestravia.", date)).Events);
        var landed = pipeline.Process(Some.Article("Valdoria landed in Kestravia.", date)).Events;
        Assert.Contains(landed, e => e.Cameo.Code == "042" && e.Source[0].Code == "VLD" && e.Target[0].Code == "KST");
        Assert.Contains(landed, e => e.Cameo.Code == "043" && e.Source[0].Code == "KST" && e.Target[0].Code == "VLD");
        // A code of the user's own is theirs: Entente's CAMEO pledge rule (intended 19x → 138) does not touch it.
        var struck = pipeline.Process(Some.Article("Valdoria will strike Kestravia.", date)).Events;
        Assert.Contains(struck, e => e.Cameo.Code == "1951");
        Assert.DoesNotContain(struck, e => e.Cameo.Code == "138");
    }
}

using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

public class CandidateIndexTests
{
    private static CandidateIndex Index(params string[] names) => new(
        [.. names.Select((text, i) =>
        {
            var name = NameNormalizer.Normalize(text);
            return new IndexedName(i, text, name, Primary: true, Weak: false, new double[name.Tokens.Length], new int[name.Tokens.Length]);
        })]);

    private static List<int> Candidates(CandidateIndex index, string query)
    {
        var found = new List<int>();
        index.Candidates(NameNormalizer.Normalize(query), found);
        return found;
    }

    [Fact]
    public void CandidatesComeInKeyOrderWhateverListsWereScanned()
    {
        // Both query tokens found first; among those, names made only of them; then list position. A scan would
        // meet "Ali Hassan Mohammed" first.
        var index = Index("Ali Hassan Mohammed", "Ali Hassan", "Omar Farouk", "Hassan Ali");
        Assert.Equal([1, 3, 0], Candidates(index, "Ali Hassan"));
    }

    [Fact]
    public void AnExactSpellingLeftUnscannedIsStillFoundThroughItsSkeleton()
    {
        // Every "mohammed" posting also sits under the skeleton "mhmt", which the query scans anyway; other spellings
        // of the skeleton come with it, and a different name does not.
        var index = Index("Mohammed Ali", "Muhamad Ali", "Mohammed Ali Khan", "Ahmed Ali", "Mohammed Omar");
        Assert.Equal([0, 1, 2], Candidates(index, "Mohammed Ali"));
        Assert.Equal([0, 1, 2], Candidates(index, "Muhammed Ali"));
    }
}

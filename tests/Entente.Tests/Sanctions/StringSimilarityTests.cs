using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

/// <summary>The character-level measures under the name matcher.</summary>
public sealed class StringSimilarityTests
{
    [Theory]
    // Reference values of the standard Jaro-Winkler (p = 0.1, prefix capped at 4).
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.8400)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinklerMatchesReferenceValues(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 4);

    [Fact]
    public void PrefixBonusIsCappedAtFourCharacters()
    {
        // Seven shared leading characters still earn only a four-character bonus.
        double jaro = StringSimilarity.Jaro("abcdefgh", "abcdefgx");
        Assert.Equal(jaro + 4 * 0.1 * (1 - jaro), StringSimilarity.JaroWinkler("abcdefgh", "abcdefgx"), 10);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("martha", "marhta", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("cabello", "cabello", 0)]
    public void EditDistanceCountsTranspositionsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, StringSimilarity.EditDistance(a, b));

    [Theory]
    [InlineData("putin", "putin")]
    [InlineData("putin", "pulin")]
    [InlineData("putin", "puitn")]
    [InlineData("putin", "putn")]
    [InlineData("putn", "putin")]
    [InlineData("putin", "xputin")]
    [InlineData("putin", "putinx")]
    [InlineData("putin", "tupin")]
    [InlineData("putin", "pultn")]
    [InlineData("ab", "ba")]
    [InlineData("abc", "bca")]
    [InlineData("", "a")]
    [InlineData("a", "")]
    [InlineData("abcd", "ab")]
    public void EditDistanceWithLimitOneAgreesWithTheFullDistance(string a, string b) =>
        Assert.Equal(Math.Min(StringSimilarity.EditDistance(a, b), 2), StringSimilarity.EditDistance(a, b, 1));

    [Fact]
    public void EditDistanceStopsAtTheLimit() =>
        Assert.Equal(3, StringSimilarity.EditDistance("alexandros", "boris", 2));

    [Theory]
    [InlineData("mohammed", "muhammad")]
    [InlineData("jong", "chong")]
    [InlineData("choe", "choi")]
    [InlineData("sergej", "sergey")]
    [InlineData("alexander", "aleksandr")]
    public void SkeletonsJoinTransliterations(string a, string b) =>
        Assert.Equal(PhoneticKey.Skeleton(a, false), PhoneticKey.Skeleton(b, false));
}

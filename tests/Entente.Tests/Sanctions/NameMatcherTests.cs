using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

/// <summary>Name matching across order, spelling, script and title variations.</summary>
public sealed class NameMatcherTests
{
    private readonly NameMatcher _matcher = new();

    [Theory]
    // Order, case and punctuation; a second family name missing from the query.
    [InlineData("Diosdado Cabello", "CABELLO RONDON, Diosdado")]
    [InlineData("Diosdado Cabello Rondón", "CABELLO RONDON, Diosdado")]
    [InlineData("Nicolás Maduro", "MADURO MOROS, Nicolas")]
    [InlineData("John Smith", "Smith, John")]
    // Korean romanisation and given-name splitting.
    [InlineData("Choe Ryong-hae", "CHOE, Ryong Hae")]
    [InlineData("Ch'oe Ryong-hae", "CHOE, Ryong Hae")]
    [InlineData("Choi Ryonghae", "CHOE, Ryong Hae")]
    [InlineData("Chwe Ryong Hae", "CHOE, Ryong Hae")]
    [InlineData("Rhee Su Yong", "RI, Su Yong")]
    [InlineData("Lee Su-yong", "RI, Su Yong")]
    [InlineData("Park Pong-ju", "PAK, Pong Ju")]
    [InlineData("Kim Jung Un", "KIM, Jong Un")]
    // Other scripts.
    [InlineData("최룡해", "CHOE, Ryong Hae")]
    [InlineData("김정은", "Kim Jong Un")]
    [InlineData("Владимир Путин", "Vladimir Putin")]
    [InlineData("Путин, Владимир Владимирович", "PUTIN, Vladimir Vladimirovich")]
    [InlineData("محمد علي", "Mohamed Ali")]
    [InlineData("习近平", "Xi Jinping")]
    // Arabic particles and spellings.
    [InlineData("Mohammed bin Salman", "Muhammad bin Salman")]
    [InlineData("Osama bin Laden", "Usama bin Ladin")]
    [InlineData("Saddam Husayn", "Saddam Hussein")]
    [InlineData("Bashar al-Assad", "Bachar el-Assad")]
    [InlineData("'Abd al-Aziz al-Nuristani", "Abdul Aziz Nooristani")]
    // Titles, hyphens, joined words, legal forms.
    [InlineData("Gen. Diosdado Cabello", "CABELLO RONDON, Diosdado")]
    [InlineData("Mr. Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("President Nicolás Maduro", "MADURO MOROS, Nicolas")]
    [InlineData("AlisherUsmanov", "Alisher Usmanov")]
    [InlineData("Jean-Marie Le Pen", "Jean Marie Le Pen")]
    [InlineData("Siemens Aktiengesellschaft", "Siemens AG")]
    [InlineData("OAO Gazprom", "Open Joint Stock Company Gazprom")]
    [InlineData("Hans J Friedrich", "Hans Joachim Friedrich")]
    public void SameNameMatches(string a, string b)
    {
        Assert.True(_matcher.IsMatch(a, b), $"{a} / {b}: score {_matcher.Score(a, b):F3}");
        Assert.True(_matcher.IsMatch(b, a), $"{b} / {a}");
        Assert.InRange(_matcher.Score(a, b), 0.8, 1.0);
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Il")]
    [InlineData("Barack Obama", "Michelle Obama")]
    [InlineData("Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov")]
    [InlineData("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI")]
    [InlineData("BARZAN IBRAHIM HASSAN AL-MOSULI", "BARZAN IBRAHIM HASSAN AL-TIKRITI")]
    [InlineData("Hans O Friedrich", "Hans Joachim Friedrich")]
    [InlineData("Kim", "KIM, Jong Un")]
    [InlineData("Ri Su-yong", "RI, U'n-so'ng")]
    [InlineData("Mao Zedong", "Kim Jong Un")]
    [InlineData("习近朋", "习近平")]
    [InlineData("김종은", "김정은")]
    [InlineData("Volkswagen AG", "Siemens AG")]
    [InlineData("Deutsche Bank Trust Company", "Deutsche Bank")]
    [InlineData("Alina Montesino", "Alina Li")]
    public void DifferentNamesDoNotMatch(string a, string b)
    {
        Assert.False(_matcher.IsMatch(a, b), $"{a} / {b}: score {_matcher.Score(a, b):F3}");
        Assert.False(_matcher.IsMatch(b, a), $"{b} / {a}");
    }

    [Fact]
    public void WordOrderDoesNotChangeTheScore()
    {
        Assert.Equal(1.0, _matcher.Score("Diosdado Cabello Rondon", "CABELLO RONDON, Diosdado"), 6);
        Assert.Equal(_matcher.Score("Ryong Hae Choe", "CHOE Ryong Hae"), _matcher.Score("Choe Ryong Hae", "CHOE Ryong Hae"), 6);
    }

    [Fact]
    public void OmittedNamesCostLessThanWrongOnes()
    {
        double omitted = _matcher.Score("Diosdado Cabello", "CABELLO RONDON, Diosdado");
        double wrong = _matcher.Score("Diosdado Castillo", "CABELLO RONDON, Diosdado");
        Assert.InRange(omitted, 0.85, 0.99);
        Assert.True(wrong < 0.7, $"wrong family name scored {wrong:F3}");
    }

    [Fact]
    public void UnrelatedNamesScoreLow()
    {
        Assert.True(_matcher.Score("Angela Merkel", "Kim Jong Un") < 0.3);
        Assert.Equal(0.0, _matcher.Score("", "Kim Jong Un"));
    }
}

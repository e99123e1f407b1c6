using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

/// <summary>The UN consolidated-list XML loader on an invented fixture.</summary>
public sealed class UnLoaderTests : IDisposable
{
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <CONSOLIDATED_LIST dateGenerated="2026-01-15T00:00:09.554Z">
          <INDIVIDUALS>
            <INDIVIDUAL>
              <DATAID>9000001</DATAID>
              <FIRST_NAME>TALVEK</FIRST_NAME>
              <SECOND_NAME>ORUN</SECOND_NAME>
              <THIRD_NAME>MASSARI</THIRD_NAME>
              <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
              <REFERENCE_NUMBER>KPi.901</REFERENCE_NUMBER>
              <GENDER>Male</GENDER>
              <COMMENTS1>Fictional person for tests.</COMMENTS1>
              <DESIGNATION><VALUE>Director of the Imaginary Bureau</VALUE></DESIGNATION>
              <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
              <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Talvek Massari</ALIAS_NAME></INDIVIDUAL_ALIAS>
              <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Talv</ALIAS_NAME></INDIVIDUAL_ALIAS>
              <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
              <INDIVIDUAL_ADDRESS><COUNTRY>Iran (Islamic Republic of)</COUNTRY></INDIVIDUAL_ADDRESS>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1961-03-02</DATE></INDIVIDUAL_DATE_OF_BIRTH>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1965</FROM_YEAR><TO_YEAR>1966</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1970</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
            </INDIVIDUAL>
          </INDIVIDUALS>
          <ENTITIES>
            <ENTITY>
              <DATAID>9000002</DATAID>
              <FIRST_NAME>GREY LANTERN SHIPPING</FIRST_NAME>
              <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
              <REFERENCE_NUMBER>QDe.901</REFERENCE_NUMBER>
              <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Grey Lantern Co</ALIAS_NAME></ENTITY_ALIAS>
              <ENTITY_ADDRESS><COUNTRY>Syrian Arab Republic</COUNTRY></ENTITY_ADDRESS>
            </ENTITY>
          </ENTITIES>
        </CONSOLIDATED_LIST>
        """;

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string? NoTable(string name) => null;

    [Fact]
    public void IndividualsAndEntitiesAreRead()
    {
        var list = Assert.Single(SanctionsListLoader.Load([_files.Write("UN.xml", Xml)], NoTable));
        Assert.Equal("UN SC", list.Name);
        Assert.Equal(new DateOnly(2026, 1, 15), list.Date);
        Assert.Equal(2, list.Entries.Count);

        var person = list.Entries[0];
        Assert.Equal("KPi.901", person.EntryId);
        Assert.Equal("TALVEK ORUN MASSARI", person.Name);
        Assert.Equal("individual", person.Kind);
        Assert.Equal(["DPRK"], person.Programs);
        Assert.Equal(["Talvek Massari"], person.Aliases);
        Assert.Equal(["Abu Talv"], person.WeakAliases);
        Assert.Equal([1961, 1965, 1966, 1969, 1970, 1971], person.BirthYears.Order());
        Assert.Equal(["PRK", "IRN"], person.Countries);
        Assert.Equal("Director of the Imaginary Bureau", person.Title);
        Assert.Equal("Male", person.Gender);
        Assert.Equal("Fictional person for tests.", person.Remarks);

        var entity = list.Entries[1];
        Assert.Equal(("QDe.901", "entity", "GREY LANTERN SHIPPING"), (entity.EntryId, entity.Kind, entity.Name));
        Assert.Equal(["Grey Lantern Co"], entity.Aliases);
        Assert.Equal(["SYR"], entity.Countries);
    }

    [Fact]
    public void FolderWithXmlIsRecognisedBySniffing()
    {
        _files.Write("un/consolidated-2026.xml", Xml);
        _files.Write("un/other.xml", "<rss><channel/></rss>");
        var list = Assert.Single(SanctionsListLoader.Load([_files.Dir], NoTable));
        Assert.Equal("UN SC", list.Name);
    }

    [Fact]
    public void TruncatedXmlNamesFileAndLine()
    {
        string cut = Xml[..Xml.IndexOf("<ENTITIES>", StringComparison.Ordinal)];
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("UN.xml", cut)], NoTable));
        Assert.Matches(@"^UN\.xml line \d+: ", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void EmptyXmlIsAnError()
    {
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("UN.xml", "")], NoTable));
        Assert.Equal("UN.xml: empty file", ex.Message);
    }

    [Fact]
    public void OtherXmlGivenExplicitlyIsRefused()
    {
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("feed.xml", "<rss/>")], NoTable));
        Assert.Contains("not a UN consolidated list", ex.Message, StringComparison.Ordinal);
    }
}

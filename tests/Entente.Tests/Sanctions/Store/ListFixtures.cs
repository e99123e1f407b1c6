namespace Entente.Tests.Sanctions.Store;

/// <summary>Small invented lists in the official layouts (all names fictional).</summary>
internal static class ListFixtures
{
    public const string Sdn =
        "7101,\"VARGOS MELENDEZ, Teodoro Anselmo\",\"individual\",\"VENEZUELA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 02 Mar 1961; citizen Venezuela; Gender Male.\"\r\n"
        + "7102,\"ORINOCO FREIGHT LINES C.A.\",\"-0- \",\"VENEZUELA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a";

    // The second row belongs to a party missing from sdn.csv: an orphan, as in files of different dates.
    public const string Alt =
        "7101,801,\"aka\",\"VARGOS, Teo\",-0- \r\n"
        + "7999,802,\"aka\",\"NOBODY LISTED, Ghost\",-0- \r\n\u001a";

    public const string Un = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CONSOLIDATED_LIST dateGenerated="2026-01-15T00:00:09.554Z">
          <INDIVIDUALS>
            <INDIVIDUAL>
              <DATAID>8800001</DATAID>
              <FIRST_NAME>HALVARD</FIRST_NAME>
              <SECOND_NAME>QUINTERO</SECOND_NAME>
              <THIRD_NAME>OSSANDE</THIRD_NAME>
              <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
              <REFERENCE_NUMBER>QDi.990</REFERENCE_NUMBER>
              <NATIONALITY><VALUE>Chile</VALUE></NATIONALITY>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1972-06-11</DATE></INDIVIDUAL_DATE_OF_BIRTH>
            </INDIVIDUAL>
          </INDIVIDUALS>
          <ENTITIES/>
        </CONSOLIDATED_LIST>
        """;

    public static string? NoCountries(string name) => null;
}

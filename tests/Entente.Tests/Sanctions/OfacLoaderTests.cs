using Entente.Sanctions;

namespace Entente.Tests.Sanctions;

/// <summary>The OFAC legacy CSV loader on small invented fixtures.</summary>
public sealed class OfacLoaderTests : IDisposable
{
    // Fictional parties. Note the "-0- " empties, the quoted comma, the CRLF endings and the Ctrl-Z.
    private const string Sdn =
        "101,\"ZORVANIA TRADING CO., LTD.\",-0- ,\"[SDGT] [IRGC]\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'ZORTRADE'; Linked To: NOWHERE BANK.\"\r\n" +
        "102,\"KESTREL-VANE, Marisol Adelina\",\"individual\",\"VENEZUELA] [IRAN-CON-ARMS-EO\",\"Minister of Imaginary Affairs\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 15 Apr 1963; alt. DOB 1964; citizen Venezuela; nationality Micronesia, Federated States of; Gender Female; POB Caracas, Venezuela.\"\r\n" +
        "103,\"PALE HERON\",\"vessel\",\"DPRK2\",-0- ,\"HPXY\",\"Oil Tanker\",\"5000\",-0- ,\"Panama\",-0- ,-0- \r\n" +
        "104,\"DORN, Egon\",\"individual\",\"NPWMD\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB circa 1950; nationality Korea, North; Linked To: DORN INDUS\"\r\n" +
        "\u001A";

    private const string Alt =
        "102,9001,\"aka\",\"KESTREL VANE, Marisol\",-0- \r\n" +
        "999,9002,\"aka\",\"GHOST OF A DELISTED PARTY\",-0- \r\n" +
        "\u001A";

    private const string Add =
        "101,8001,\"12 Fake Street, Suite 4\",\"Zurich\",\"Switzerland\",-0- \r\n" +
        "998,8003,-0- ,-0- ,\"Cuba\",-0- \r\n" +
        "\u001A";

    // Remarks cut off at the field limit continue here, mid-word.
    private const string Comments = "104,\"TRIES.\"\r\n\u001A";

    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Venezuela"] = "VEN",
        ["Switzerland"] = "CHE",
        ["Federated States of Micronesia"] = "FSM",
    };

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string? Iso(string name) => Countries.GetValueOrDefault(name);

    private SanctionsList LoadAll()
    {
        var paths = new[]
        {
            _files.Write("a/sdn.csv", Sdn), _files.Write("b/alt.csv", Alt),
            _files.Write("b/add.csv", Add), _files.Write("b/sdn_comments.csv", Comments),
        };
        return Assert.Single(SanctionsListLoader.Load(paths, Iso));
    }

    [Fact]
    public void SeparateFilesCombineIntoOneOfacList()
    {
        var list = LoadAll();
        Assert.Equal("OFAC SDN", list.Name);
        Assert.Equal(["101", "102", "103", "104"], list.Entries.Select(e => e.EntryId));
        Assert.Contains("alt.csv", list.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void OrphanRowsAreSkippedAndCounted()
    {
        var list = LoadAll();
        Assert.Equal(2, list.SkippedRows);
        Assert.DoesNotContain(list.Entries, e => e.Aliases.Contains("GHOST OF A DELISTED PARTY"));
    }

    [Fact]
    public void QuotedCommasEmptiesAndProgramsAreParsed()
    {
        var e = LoadAll().Entries[0];
        Assert.Equal("ZORVANIA TRADING CO., LTD.", e.Name);
        Assert.Equal("entity", e.Kind);
        Assert.Null(e.Title);
        Assert.Equal(["SDGT", "IRGC"], e.Programs);
        Assert.Contains("ZORTRADE", e.Aliases);
        Assert.Equal(["CHE"], e.Countries);
    }

    [Fact]
    public void RemarksGiveBirthYearsCountriesGenderAndAliases()
    {
        var e = LoadAll().Entries[1];
        Assert.Equal("individual", e.Kind);
        Assert.Equal(["VENEZUELA", "IRAN-CON-ARMS-EO"], e.Programs);
        Assert.Equal([1963, 1964], e.BirthYears.Order());
        Assert.Equal("Female", e.Gender);
        Assert.Equal("Minister of Imaginary Affairs", e.Title);
        Assert.Contains("KESTREL VANE, Marisol", e.Aliases);
        // "citizen Venezuela" and the inverted "Micronesia, Federated States of" via the caller's table.
        Assert.Contains("VEN", e.Countries);
        Assert.Contains("FSM", e.Countries);
    }

    [Fact]
    public void CircaYearsWidenAndCommentsAreAppended()
    {
        var list = LoadAll();
        var dorn = list.Entries[3];
        Assert.Equal([1949, 1950, 1951], dorn.BirthYears.Order());
        Assert.EndsWith("Linked To: DORN INDUSTRIES.", dorn.Remarks, StringComparison.Ordinal);
        // "Korea, North" is not in the caller's table; the built-in fallback knows it.
        Assert.Equal(["PRK"], dorn.Countries);
        Assert.Equal("vessel", list.Entries[2].Kind);
    }

    [Fact]
    public void FolderIsSearchedAndOtherFilesIgnored()
    {
        _files.Write("set_2024-05-03/sdn.csv", Sdn);
        _files.Write("set_2024-05-03/alt.csv", Alt);
        _files.Write("set_2024-05-03/README.md", "not a list");
        var list = Assert.Single(SanctionsListLoader.Load([_files.Dir], Iso));
        Assert.Equal(4, list.Entries.Count);
        Assert.Equal(new DateOnly(2024, 5, 3), list.Date);
    }

    [Fact]
    public void ChecksumIsStableAndFollowsContent()
    {
        string sdn = _files.Write("sdn.csv", Sdn);
        string alt = _files.Write("alt.csv", Alt);
        string first = Assert.Single(SanctionsListLoader.Load([sdn, alt], Iso)).Checksum;
        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, Assert.Single(SanctionsListLoader.Load([sdn, alt], Iso)).Checksum);
        _files.Write("alt.csv", Alt.Replace("KESTREL VANE", "KESTREL-VANE", StringComparison.Ordinal));
        Assert.NotEqual(first, Assert.Single(SanctionsListLoader.Load([sdn, alt], Iso)).Checksum);
    }

    [Fact]
    public void TruncatedQuotedFieldNamesFileAndLine()
    {
        string cut = Sdn[..Sdn.IndexOf("Minister", StringComparison.Ordinal)];
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("sdn.csv", cut)], Iso));
        Assert.Equal("sdn.csv line 2: unterminated quoted field (file truncated?)", ex.Message);
    }

    [Fact]
    public void TruncatedRowNamesFileAndLine()
    {
        string cut = Sdn[..(Sdn.IndexOf("\"DPRK2\",", StringComparison.Ordinal) + 8)];
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("sdn.csv", cut)], Iso));
        Assert.StartsWith("sdn.csv line 3: expected 12 fields", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\u001A")]
    public void EmptyFileIsAnError(string content)
    {
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("sdn.csv", content)], Iso));
        Assert.Equal("sdn.csv: empty file", ex.Message);
    }

    [Fact]
    public void BadEntNumIsAnError()
    {
        string html = "<html>,1,2,3,4,5,6,7,8,9,10,11\r\n";
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("sdn.csv", html)], Iso));
        Assert.StartsWith("sdn.csv line 1: ent_num '<html>'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SideFilesNeedSdnCsv()
    {
        var ex = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("alt.csv", Alt)], Iso));
        Assert.Contains("sdn.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSdnFilesAreRefused()
    {
        var paths = new[] { _files.Write("x/sdn.csv", Sdn), _files.Write("y/sdn.csv", Sdn) };
        Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load(paths, Iso));
    }

    [Fact]
    public void MissingAndUnknownPathsAreErrors()
    {
        var missing = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([Path.Combine(_files.Dir, "nope.csv")], Iso));
        Assert.EndsWith("nope.csv: no such file or folder", missing.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<SanctionsListException>(() => SanctionsListLoader.Load([_files.Write("list.txt", "x")], Iso));
        Assert.Contains("not a known sanctions list file", unknown.Message, StringComparison.Ordinal);
    }
}

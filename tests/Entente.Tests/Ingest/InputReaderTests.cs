using System.Text;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static List<IngestItem> Read(params string[] paths) => [.. new InputReader(new IngestOptions { MaxBytes = 1024 * 1024 }).Read(paths)];

    [Fact]
    public void EachBadItemGetsItsOwnErrorAndTheRestIsRead()
    {
        var good = Write("a-good.txt", "Kenya sent police officers to Haiti on Monday.");
        var empty = Write("b-empty.txt", "  \n");
        var binary = Write("c-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14]);
        var latin1 = Write("d-latin1.txt", [0x53, 0xE3, 0x6F, 0x20, 0x50, 0x61, 0x75, 0x6C, 0x6F]);
        var large = Write("e-large.txt", new string('x', 2 * 1024 * 1024));
        var items = Read(good, empty, binary, latin1, large, Path.Combine(_dir, "missing.txt"));
        Assert.NotNull(items[0].Article);
        Assert.Equal([null, IngestErrors.Empty, IngestErrors.Binary, IngestErrors.Encoding, IngestErrors.TooLarge, IngestErrors.Missing],
            items.Select(i => i.Error?.Code));
        Assert.All(items.Skip(1), i => Assert.DoesNotContain('\n', i.Error!.ToString()));
    }

    [Fact]
    public void JsonlKeepsIdsAndOrderAndReportsTheBadLine()
    {
        var batch = Write("batch.jsonl", """
            {"id": "x1", "text": "Japan hosted Philippine officials.", "date": "2024-11-20", "title": "One"}
            {"id": "x2", "text": "broken
            {"id": 3, "html": "<html><body><article><p>Brazil rejected the proposal from Argentina on Monday, officials said.</p></article></body></html>", "date": "2024-01-02"}
            {"id": "x4", "date": "2024-01-02"}
            {"id": "x5", "text": "A date that is wrong.", "date": "yesterday"}
            """);
        var items = Read(batch);
        Assert.Equal(5, items.Count);
        Assert.Equal("x1", items[0].Article!.Id);
        Assert.Equal(new DateOnly(2024, 11, 20), items[0].Article!.Published);
        Assert.Equal(IngestErrors.BadJson, items[1].Error!.Code);
        Assert.EndsWith("batch.jsonl:2", items[1].Error!.Item);
        Assert.Equal("3", items[2].Article!.Id);
        Assert.Contains("rejected the proposal", items[2].Article!.Text);
        Assert.Equal(IngestErrors.BadRecord, items[3].Error!.Code);
        Assert.Equal(IngestErrors.BadDate, items[4].Error!.Code);
    }

    [Fact]
    public void FoldersAreReadInNameOrderSkippingOtherFiles()
    {
        Write("b.txt", "Second article text about Peru.");
        Write("a.html", "<html><head><title>T</title></head><body><p>First article text about Chile and its neighbours.</p></body></html>");
        Write("notes.md", "not an article");
        var items = Read(_dir);
        Assert.Equal(["a", "b"], items.Select(i => i.Article!.Id));
    }

    [Fact]
    public void StdinIsReadWhenThePathIsADash()
    {
        var reader = new InputReader(new IngestOptions(), () => new MemoryStream(Encoding.UTF8.GetBytes("Chad closed its border with Sudan.")));
        var item = Assert.Single(reader.Read(["-"]));
        Assert.Equal("stdin", item.Article!.Source);
    }
}

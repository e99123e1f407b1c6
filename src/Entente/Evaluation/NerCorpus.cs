namespace Entente.Evaluation;

/// <summary>Reads CoNLL-2003 (IOB1, four columns, -DOCSTART-) and IOB2 (Universal NER: index, token, tag)
/// files the way ../shared/tools/score_ner.py does.</summary>
public static class NerCorpus
{
    /// <summary>The documents of a corpus file, at most <paramref name="limit"/>.</summary>
    public static List<NerDocument> Read(string path, int? limit = null)
    {
        var docs = new List<List<List<(string Token, string Tag)>>>();
        var doc = new List<List<(string, string)>>();
        var sentence = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (sentence.Count > 0)
                {
                    doc.Add(sentence);
                    sentence = [];
                }
                if (doc.Count > 0)
                {
                    docs.Add(doc);
                }
                doc = [];
                continue;
            }
            if (line.Trim().Length == 0)
            {
                if (sentence.Count > 0)
                {
                    doc.Add(sentence);
                    sentence = [];
                }
                continue;
            }
            var tab = line.Split('\t');
            if (tab.Length > 2 && int.TryParse(tab[0], out _))
            {
                sentence.Add((tab[1], tab[2]));
            }
            else
            {
                var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                sentence.Add((cols[0], cols[^1]));
            }
        }
        if (sentence.Count > 0)
        {
            doc.Add(sentence);
        }
        if (doc.Count > 0)
        {
            docs.Add(doc);
        }
        if (docs.Count == 1 && docs[0].Count > 50)
        {
            docs = [.. docs[0].Select(s => new List<List<(string, string)>> { s })]; // no DOCSTART: a sentence an article
        }
        return [.. docs.Take(limit ?? int.MaxValue).Select((d, n) => Build($"doc{n}", d))];
    }

    private static NerDocument Build(string id, List<List<(string Token, string Tag)>> sentences)
    {
        var text = new System.Text.StringBuilder();
        var offsets = new List<(int, int)>();
        var tags = new List<string>();
        foreach (var sentence in sentences)
        {
            for (var j = 0; j < sentence.Count; j++)
            {
                if (j > 0)
                {
                    text.Append(' ');
                }
                offsets.Add((text.Length, text.Length + sentence[j].Token.Length));
                text.Append(sentence[j].Token);
                tags.Add(sentence[j].Tag);
            }
            text.Append('\n');
        }
        var gold = Spans(tags).Select(s => (offsets[s.Start].Item1, offsets[s.End - 1].Item2, s.Type)).ToList();
        return new NerDocument(id, text.ToString(), gold);
    }

    /// <summary>IOB1 or IOB2 tags to (start, end-exclusive, type) token spans.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int? start = null;
        string? kind = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var dash = tag.IndexOf('-', StringComparison.Ordinal);
            var prefix = dash < 0 ? tag : tag[..dash];
            var type = dash < 0 ? "" : tag[(dash + 1)..];
            var begins = prefix == "B" || prefix == "I" && type != kind;
            if (start is not null && (tag == "O" || begins))
            {
                spans.Add((start.Value, i, kind!));
                start = null;
                kind = null;
            }
            if (tag != "O" && (start is null || begins))
            {
                start = i;
                kind = type;
            }
        }
        return spans;
    }
}

using System.Text.RegularExpressions;
using Entente.Documents;
using Entente.Knowledge;

namespace Entente.Ingest;

/// <summary>Finds the lines of a plain-text article that are not body: photo captions and credits,
/// author footers, share prompts, "related" links and the comment section.</summary>
/// <remarks>Rules are data (<c>boilerplate.tsv</c>); this class holds only the mechanism. Thread-safe.</remarks>
public sealed class BoilerplateDetector
{
    private const int MaxCaptionLength = 300;
    private readonly IReadOnlyList<BoilerplateRule> _rules;

    /// <summary>Creates a detector over the given rules.</summary>
    public BoilerplateDetector(IReadOnlyList<BoilerplateRule> rules) => _rules = rules;

    /// <summary>The built-in rules.</summary>
    public static BoilerplateDetector Default { get; } = new(LoadRules());

    /// <summary>Classifies the lines of <paramref name="text"/>, skipping the range <paramref name="exclude"/> (the title).</summary>
    public List<BoilerplateSpan> Detect(string text, TextSpan? exclude = null)
    {
        var lines = Lines(text);
        var found = new List<BoilerplateSpan>();
        var kinds = new BoilerplateRule?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var (span, content) = lines[i];
            if (content.Length == 0 || exclude is { } ex && ex.Overlaps(span))
            {
                continue;
            }
            kinds[i] = _rules.FirstOrDefault(r => r.Pattern.IsMatch(content));
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var rule = kinds[i];
            var (span, content) = lines[i];
            if (rule is null)
            {
                if (content.Length > 0 && content.Length <= MaxCaptionLength && !EndsSentence(content)
                    && NextNonEmpty(lines, i) is { } next && kinds[next]?.Kind == "credit"
                    && (exclude is not { } ex || !ex.Overlaps(span)))
                {
                    found.Add(new BoilerplateSpan(span, "caption", "line before a photo credit"));
                }
                continue;
            }
            if (rule.Kind == "comments")
            {
                found.Add(new BoilerplateSpan(new TextSpan(span.Start, text.Length), "comments", rule.Origin));
                break;
            }
            found.Add(new BoilerplateSpan(span, rule.Kind, rule.Origin));
        }
        return found;
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '\u201D';

    private static int? NextNonEmpty(List<(TextSpan Span, string Content)> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Content.Length > 0)
            {
                return j;
            }
        }
        return null;
    }

    private static List<(TextSpan Span, string Content)> Lines(string text)
    {
        var lines = new List<(TextSpan, string)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var raw = text.AsSpan(start, end - start);
            var lead = raw.Length - raw.TrimStart().Length;
            var content = raw.Trim().ToString();
            lines.Add((new TextSpan(start + lead, start + lead + content.Length), content));
            start = end + 1;
        }
        return lines;
    }

    // Compiled: every line of every article meets every rule, and most rules search the whole line.
    private static List<BoilerplateRule> LoadRules() =>
        [.. ResourceFiles.ReadRows("boilerplate.tsv").Select(r => new BoilerplateRule(
            r["kind"], r["rule"], new Regex(r["pattern"], RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), r.Origin))];
}

using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Events;

/// <summary>Maps an act's CAMEO code to the code of pledging or threatening it (<c>intent_codes.tsv</c>):
/// "will send aid" (073, intended) is a pledge of humanitarian aid (0333), asserted.</summary>
public sealed class IntentCodes
{
    private readonly FrozenDictionary<string, string> _map;

    private IntentCodes(FrozenDictionary<string, string> map) => _map = map;

    /// <summary>The built-in table.</summary>
    public static IntentCodes Load() =>
        new(ResourceFiles.ReadRows("intent_codes.tsv").ToFrozenDictionary(r => r["act"], r => r["intent"], StringComparer.Ordinal));

    /// <summary>The act → refusal table (<c>refusal_codes.tsv</c>): "refused to meet" (040, negated) is a rejection of talks (125).</summary>
    public static IntentCodes LoadRefusals() =>
        new(ResourceFiles.ReadRows("refusal_codes.tsv").ToFrozenDictionary(r => r["act"], r => r["refusal"], StringComparer.Ordinal));

    /// <summary>The intent code for <paramref name="act"/>, or null when pledging it is not an event of its own.</summary>
    public string? For(string act)
    {
        for (var prefix = act; prefix.Length >= 2; prefix = prefix[..^1])
        {
            if (_map.TryGetValue(prefix, out var intent))
            {
                return intent;
            }
        }
        return null;
    }
}

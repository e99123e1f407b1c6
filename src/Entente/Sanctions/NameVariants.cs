using System.Collections.Frozen;

namespace Entente.Sanctions;

/// <summary>
/// Spellings of one name that edit distance and the phonetic skeleton do not connect:
/// romanisations of Korean family names (Lee/Yi/Ri/Rhee, Park/Pak/Bak), common Arabic and
/// Slavic forms, and the usual English short forms and cross-language equivalents.
/// </summary>
internal static class NameVariants
{
    private static readonly string[][] Groups =
    [
        // Korean family names (McCune-Reischauer, Revised Romanization, DPRK and common spellings).
        ["kim", "gim"],
        ["lee", "yi", "rhee", "ri", "li", "rhie", "i", "ni", "rhi"],
        ["park", "pak", "bak", "bahk", "pakh"],
        ["choi", "choe", "chwe", "choy", "chae"],
        ["jung", "jeong", "chung", "chong", "jong", "cheong"],
        ["kang", "gang"],
        ["cho", "jo", "joe"],
        ["yoon", "yun"],
        ["jang", "chang"],
        ["lim", "im", "rim", "yim"],
        ["oh", "o"],
        ["seo", "suh", "so"],
        ["shin", "sin"],
        ["kwon", "gwon"],
        ["ahn", "an"],
        ["ryu", "yoo", "yu", "ryoo", "rhyu"],
        ["jeon", "jon", "chon", "chun"],
        ["ko", "go", "koh"],
        ["moon", "mun"],
        ["yang", "ryang"],
        ["son", "sohn"],
        ["bae", "pae"],
        ["baek", "paek", "paik"],
        ["heo", "ho", "hur", "huh"],
        ["noh", "no", "roh", "ro"],
        ["kwak", "gwak"],
        ["ryom", "yeom", "yom"],
        ["ryang", "yang"],
        // Arabic and Persian forms the skeleton misses.
        ["abdullah", "abdallah", "abdulla", "abdollah"],
        ["abdul", "abdel", "abdal", "abdol", "abdoul", "abd"],
        ["yusuf", "yousef", "youssef", "yousuf", "joseph", "josef", "yosef"],
        ["ibrahim", "ebrahim", "abraham", "avraham"],
        ["suleiman", "sulayman", "soleiman", "solomon", "suleyman"],
        ["musa", "moussa", "moses", "moshe"],
        ["isa", "issa", "jesus"],
        ["dawud", "daoud", "david", "davud", "dawood"],
        ["yahya", "yahia", "john", "yehia"],
        // Slavic forms.
        ["yevgeny", "evgeny", "evgenii", "yevgeniy", "eugene", "evgeniy"],
        ["yuri", "yury", "iurii", "yuriy", "juri", "jurij", "yurii"],
        ["vladimir", "volodymyr", "wladimir", "uladzimir"],
        ["aleksandr", "alexander", "oleksandr", "aliaksandr", "alexandre", "alessandro", "alejandro", "sasha"],
        ["mikhail", "mykhailo", "michael", "mikhael", "michal", "miguel", "michel", "mike"],
        ["nikolai", "mykola", "nikolay", "nicholas", "nicolas", "nikolaos", "nick", "mikalai"],
        ["sergey", "sergei", "serhiy", "sergej", "serhii", "siarhei"],
        ["dmitry", "dmytro", "dmitri", "dmitriy", "dzmitry"],
        ["pyotr", "petr", "petro", "peter", "pierre", "pedro", "pete"],
        ["ivan", "john", "juan", "jean", "johann", "johannes", "giovanni", "joao", "jan", "hans", "ioannis", "jack", "johnny"],
        ["andrei", "andrey", "andriy", "andrew", "andreas", "andre", "andres", "andy"],
        ["grigory", "hryhoriy", "gregory", "gregor"],
        // English short forms.
        ["william", "bill", "billy", "will", "willie", "wilhelm", "guillermo", "guillaume"],
        ["robert", "bob", "bobby", "rob", "roberto"],
        ["richard", "dick", "rick", "ricky", "ricardo"],
        ["james", "jim", "jimmy", "jamie", "diego", "santiago"],
        ["thomas", "tom", "tommy", "tomas"],
        ["theodore", "ted", "teddy", "theo", "fyodor", "fedor"],
        ["edward", "ed", "eddie", "ted", "eduardo"],
        ["charles", "charlie", "chuck", "carlos", "karl", "carl"],
        ["benjamin", "ben", "benny", "binyamin"],
        ["elizabeth", "liz", "beth", "betty", "elisabeth", "isabel"],
        ["margaret", "maggie", "peggy", "margarita"],
        ["katherine", "kate", "kathy", "catherine", "ekaterina", "yekaterina", "katarzyna"],
        ["christopher", "chris", "cristobal", "kristoffer"],
        ["daniel", "dan", "danny"],
        ["david", "dave", "davide"],
        ["anthony", "tony", "antonio", "anton", "antoine"],
        ["samuel", "sam", "sammy"],
        ["jonathan", "jon"],
        ["matthew", "matt", "matvei", "mateo", "matteo"],
        ["stephen", "steven", "steve", "stepan", "esteban", "stefan"],
        ["patrick", "pat", "patricio"],
        ["joseph", "joe", "jose", "giuseppe", "iosif", "osip"],
        ["francis", "frank", "francisco", "francesco", "franz", "francois"],
        ["henry", "harry", "hank", "heinrich", "henri", "enrique"],
        ["george", "georgy", "georgiy", "jorge", "giorgio", "yuriy", "heorhiy", "giorgi"],
        ["paul", "pablo", "paolo", "pavel", "pavlo", "pol"],
        ["leonid", "leonidas"],
    ];

    /// <summary>Maps a spelling to all group identifiers it belongs to.</summary>
    private static readonly FrozenDictionary<string, string[]> GroupsOf = Build();

    /// <summary>True when two spellings share a group (given their <see cref="GroupKeys"/>).</summary>
    public static bool Share(string[] a, string[] b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (ReferenceEquals(x, y)) return true;
        return false;
    }

    /// <summary>The group identifiers of a spelling (empty when it is in no group).</summary>
    public static string[] GroupKeys(string token) => GroupsOf.TryGetValue(token, out var g) ? g : [];

    private static FrozenDictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            string id = string.Intern("v:" + group[0]);
            foreach (var name in group)
            {
                if (!map.TryGetValue(name, out var list)) map[name] = list = [];
                if (!list.Contains(id)) list.Add(id);
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}

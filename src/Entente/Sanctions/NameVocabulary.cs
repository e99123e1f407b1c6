using System.Collections.Frozen;

namespace Entente.Sanctions;

/// <summary>Word lists that decide the <see cref="TokenKind"/> of a token.</summary>
internal static class NameVocabulary
{
    /// <summary>Titles and honorifics. Optional rather than deleted: some double as names (Amir, Haji).</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "mr", "mrs", "ms", "miss", "mister", "madam", "madame", "mme", "mlle", "monsieur", "herr", "frau", "sir",
        "dame", "lord", "lady", "dr", "doctor", "prof", "professor", "gen", "general", "lt", "ltgen", "col",
        "colonel", "maj", "major", "capt", "captain", "cmdr", "commander", "adm", "admiral", "brig", "brigadier",
        "sgt", "sergeant", "marshal", "president", "presidente", "prasident", "praesident", "vice", "premier",
        "minister", "chairman", "senator", "sen", "rep", "gov", "governor", "judge", "justice", "hon",
        "honourable", "honorable", "excellency", "he", "his", "her", "rev", "reverend", "fr", "father", "sheikh",
        "shaikh", "shaykh", "sheik", "cheikh", "haji", "hajji", "hadji", "mullah", "mulla", "mawlawi", "maulvi",
        "maulana", "mawlana", "molvi", "qari", "imam", "ayatollah", "hojatoleslam", "sayyid", "sayed", "syed",
        "hafiz", "emir", "king", "queen", "prince", "princess", "sultan", "comrade", "marshal", "jr", "sr",
        "junior", "senior", "mv", "mt", "ss");

    /// <summary>Honorifics that are never names, recognised anywhere in a name.</summary>
    public static readonly FrozenSet<string> UnambiguousHonorifics = Set(
        "mr", "mrs", "ms", "mme", "mlle", "dr", "prof", "jr", "sr", "phd", "esq", "monsieur", "madame", "herr",
        "frau", "hon", "rev", "ltgen", "capt", "sgt", "excellency");

    /// <summary>Particles and family-name connectors that may be present or absent.</summary>
    public static readonly FrozenSet<string> Particles = Set(
        "al", "el", "da", "das", "de", "del", "della", "der", "des", "di", "dos", "du", "la", "le", "les", "van",
        "von", "zu", "ten", "ter", "abu", "abou", "umm", "na");

    /// <summary>Arabic article forms that count as particles only when hyphen-attached ("Zia-ur-Rahman").</summary>
    public static readonly FrozenSet<string> HyphenParticles = Set(
        "ad", "ar", "as", "ash", "at", "az", "ud", "ur", "ut", "uz", "ul");

    /// <summary>Arabic, Hebrew and Malay filial connectors ("son of").</summary>
    public static readonly FrozenSet<string> Filial = Set("bin", "ibn", "ben", "bint", "binti", "bte", "bn", "ould", "walad");

    /// <summary>Function words in organisation names.</summary>
    public static readonly FrozenSet<string> StopWords = Set(
        "the", "of", "and", "for", "in", "on", "an", "und", "et", "fur", "no", "nr");

    /// <summary>Legal-form tokens after multi-word forms have been folded (see <see cref="LegalPhrases"/>).</summary>
    public static readonly FrozenSet<string> LegalForms = Set(
        "ltd", "ltda", "inc", "corp", "co", "llc", "llp", "lp", "plc", "ag", "gmbh", "mbh", "kg", "sa", "sas", "sarl",
        "srl", "spa", "sl", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "jsc", "ojsc", "cjsc", "pjsc", "oao",
        "zao", "ooo", "ao", "pao", "tov", "pte", "pty", "bhd", "sdn", "se", "cv", "de", "kft", "doo", "dd", "sro",
        "spzoo", "fze", "fzco", "fzc", "fz", "est", "wll", "pvt", "tbk", "pt", "sae", "ip", "chp");

    /// <summary>Multi-word legal forms, folded to one token before tokenising (space-separated, lower case).</summary>
    public static readonly (string[] Words, string Replacement)[] LegalPhrases = Phrases(
    [
        ("open joint stock company", "ojsc"), ("closed joint stock company", "cjsc"),
        ("public joint stock company", "pjsc"), ("joint stock company", "jsc"),
        ("limited liability company", "llc"), ("limited liability partnership", "llp"),
        ("public limited company", "plc"), ("limited partnership", "lp"),
        ("gesellschaft mit beschrankter haftung", "gmbh"), ("aktiengesellschaft", "ag"),
        ("societe anonyme", "sa"), ("sociedad anonima", "sa"), ("societatea cu raspundere limitata", "srl"),
        ("societa a responsabilita limitata", "srl"), ("sp z o o", "spzoo"), ("s de rl", "srl"),
        ("obshchestvo s ogranichennoy otvetstvennostyu", "ooo"), ("obshchestvo s ogranichennoi otvetstvennostiu", "ooo"),
        ("aktsionernoe obshchestvo", "ao"), ("aktsionernoye obshchestvo", "ao"),
        ("publichnoe aktsionernoe obshchestvo", "pao"), ("otkrytoe aktsionernoe obshchestvo", "oao"),
        ("zakrytoe aktsionernoe obshchestvo", "zao"), ("tovarystvo z obmezhenoiu vidpovidalnistiu", "tov"),
        ("incorporated", "inc"), ("limited", "ltd"), ("corporation", "corp"), ("company", "co"),
        ("sa de cv", "sa"), ("private limited", "pvt"), ("proprietary", "pty"), ("berhad", "bhd"),
    ]);

    /// <summary>Words that mark a name as an organisation, not a person.</summary>
    public static readonly FrozenSet<string> OrganisationWords = Set(
        "bank", "banco", "banque", "group", "gruppe", "holding", "holdings", "fund", "trust", "foundation",
        "organization", "organisation", "ministry", "army", "brigade", "brigades", "front", "party", "university",
        "institute", "institution", "academy", "agency", "airlines", "airline", "airways", "shipping", "trading",
        "industries", "industrial", "industry", "services", "service", "solutions", "partners", "capital",
        "international", "enterprises", "enterprise", "systems", "technologies", "technology", "association",
        "society", "council", "committee", "department", "government", "network", "movement", "forces", "force",
        "management", "investment", "investments", "finance", "financial", "securities", "insurance", "energy",
        "oil", "gas", "petroleum", "mining", "construction", "engineering", "motor", "motors", "electronics",
        "logistics", "marine", "maritime", "shipyard", "factory", "plant", "works", "center", "centre",
        "office", "bureau", "commission", "authority", "church", "battalion", "regiment", "division", "corps",
        "union", "league", "alliance", "federation", "exchange", "import", "export", "global", "general",
        "national", "company", "corporation", "limited", "incorporated", "establishment", "cooperative",
        "hospital", "school", "college", "media", "press", "news", "television", "radio", "station", "port",
        "airport", "refinery", "chemical", "chemicals", "pharmaceutical", "steel", "metals", "petrochemical");

    /// <summary>Number words mapped to digits.</summary>
    public static readonly FrozenDictionary<string, string> NumberWords = new (string Word, string Digits)[]
    {
        ("zero", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"),
        ("seven", "7"), ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"), ("twelve", "12"),
        ("twenty", "20"), ("thirty", "30"), ("forty", "40"), ("fourty", "40"), ("fifty", "50"), ("sixty", "60"),
        ("seventy", "70"), ("eighty", "80"), ("ninety", "90"), ("hundred", "100"), ("first", "1"), ("second", "2"),
        ("third", "3"), ("fourth", "4"), ("fifth", "5"), ("sixth", "6"), ("seventh", "7"), ("eighth", "8"),
        ("ninth", "9"), ("tenth", "10"), ("1st", "1"), ("2nd", "2"), ("3rd", "3"), ("4th", "4"), ("5th", "5"),
        ("ii", "2"), ("iii", "3"), ("iv", "4"), ("vi", "6"), ("vii", "7"), ("viii", "8"), ("ix", "9"), ("xi", "11"),
        ("xii", "12"), ("xiii", "13"), ("xiv", "14"), ("xv", "15"), ("xx", "20"),
    }.ToFrozenDictionary(p => p.Word, p => p.Digits, StringComparer.Ordinal);

    /// <summary>Patronymic endings (Russian, Ukrainian, Belarusian, Serbian; Turkic "oglu").</summary>
    public static readonly string[] PatronymicSuffixes =
        ["ovich", "evich", "ovitch", "evitch", "ovych", "evych", "ovna", "evna", "ichna", "ogly", "oglu", "kyzy", "qizi"];

    /// <summary><see cref="LegalPhrases"/> by the first letter of their first word.</summary>
    public static readonly FrozenDictionary<char, (string[] Words, string Replacement)[]> LegalPhrasesByLetter =
        LegalPhrases.GroupBy(p => p.Words[0][0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static (string[] Words, string Replacement)[] Phrases((string Phrase, string Replacement)[] list) =>
        list.Select(p => (p.Phrase.Split(' '), p.Replacement)).ToArray();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}

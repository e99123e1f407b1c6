namespace Entente.Sanctions;

/// <summary>What a token contributes to a name comparison.</summary>
internal enum TokenKind
{
    /// <summary>A name part that must be accounted for.</summary>
    Core,
    /// <summary>A Slavic patronymic (…ovich, …ovna); optional, but two different ones conflict.</summary>
    Patronymic,
    /// <summary>A single letter standing for a name part.</summary>
    Initial,
    /// <summary>A run of initials or a short acronym such as "JC" or "PLA".</summary>
    Initials,
    /// <summary>Particles (al, de, van, bin …): optional.</summary>
    Particle,
    /// <summary>"bin", "ibn", "ben", "bint": optional; the next token names the father.</summary>
    Filial,
    /// <summary>Titles and honorifics (Mr, Dr, Sheikh, President …): optional.</summary>
    Honorific,
    /// <summary>Legal forms (Ltd, AG, JSC …): optional.</summary>
    LegalForm,
    /// <summary>Numbers and number words: optional.</summary>
    Number,
    /// <summary>Function words (the, of, and): optional.</summary>
    Stop,
}

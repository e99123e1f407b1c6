namespace Entente.Actors;

/// <summary>What a dictionary phrase names.</summary>
public enum LexKind : byte
{
    /// <summary>A state by name ("North Korea", "DPRK").</summary>
    Country,
    /// <summary>A state's adjective or demonym ("Venezuelan").</summary>
    Demonym,
    /// <summary>A capital used as a metonym ("Pyongyang").</summary>
    Capital,
    /// <summary>A seat of power ("the Kremlin").</summary>
    Seat,
    /// <summary>Another city or region.</summary>
    Place,
    /// <summary>An organisation.</summary>
    Organisation,
    /// <summary>A person by full name or alias.</summary>
    Person,
    /// <summary>A common noun or title ("officials", "foreign minister").</summary>
    Agent,
}

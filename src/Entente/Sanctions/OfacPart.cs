namespace Entente.Sanctions;

/// <summary>The four files of OFAC's legacy CSV set.</summary>
internal enum OfacPart { Sdn, Alt, Add, Comments }

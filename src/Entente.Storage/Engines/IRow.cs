using System.Data.Common;

namespace Entente.Storage.Engines;

/// <summary>The current row of a query the writer reads, whichever way the engine runs it.</summary>
internal interface IRow
{
    bool IsNull(int column);

    long GetInt64(int column);

    string GetString(int column);
}

/// <summary>A row of an ADO.NET reader.</summary>
internal sealed class ReaderRow(DbDataReader reader) : IRow
{
    public bool IsNull(int column) => reader.IsDBNull(column);

    public long GetInt64(int column) => reader.GetInt64(column);

    public string GetString(int column) => reader.GetString(column);
}

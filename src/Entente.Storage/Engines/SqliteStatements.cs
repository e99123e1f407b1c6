using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Engines;

/// <summary>The writer's inserts and updates on SQLite, run on the connection's own handle: compiled once, parameters
/// bound by index. ADO.NET looked every parameter up by name (converted to UTF-8) and built a reader on every
/// execution, which cost the writer more than SQLite's own work; the statements join the connection's transaction.</summary>
/// <remarks>Not thread-safe: belongs to the single writer. Dispose before the connection closes.</remarks>
internal sealed class SqliteStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/>; the first column of its first row as an integer, if it returned one.</summary>
    public long? Scalar(string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var statement = Bound(sql, values);
        try
        {
            var rc = raw.sqlite3_step(statement.Handle);
            if (rc == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_type(statement.Handle, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(statement.Handle, 0);
            }
            Check(rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(statement.Handle);
        }
    }

    /// <summary>Runs <paramref name="sql"/> to its end; the rows it changed.</summary>
    public int Execute(string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var statement = Bound(sql, values);
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement.Handle)) == raw.SQLITE_ROW)
            {
            }
            Check(rc);
            return raw.sqlite3_changes(connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(statement.Handle);
        }
    }

    /// <summary>Runs a query; each row as <paramref name="read"/> makes it.</summary>
    public List<T> Rows<T>(string sql, Func<IRow, T> read, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var statement = Bound(sql, values);
        try
        {
            var rows = new List<T>();
            var row = new StatementRow(statement.Handle);
            int rc;
            while ((rc = raw.sqlite3_step(statement.Handle)) == raw.SQLITE_ROW)
            {
                rows.Add(read(row));
            }
            Check(rc);
            return rows;
        }
        finally
        {
            raw.sqlite3_reset(statement.Handle);
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Handle.Dispose();
        }
        _statements.Clear();
    }

    private Statement Bound(string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var handle));
            statement = new Statement(handle, []);
            _statements[sql] = statement;
        }
        for (var i = 0; i < values.Length; i++)
        {
            var (name, value) = values[i];
            if (i == statement.Names.Count)
            {
                statement.Names.Add(name);
                statement.Indexes.Add(raw.sqlite3_bind_parameter_index(statement.Handle, "@" + name));
            }
            else if (!string.Equals(statement.Names[i], name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"parameter {i} of a cached statement was '{statement.Names[i]}', now '{name}': bind in one order");
            }
            var index = statement.Indexes[i];
            if (index == 0)
            {
                throw new InvalidOperationException($"the statement has no parameter @{name}: {sql}");
            }
            Check(value switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement.Handle, index),
                string s => raw.sqlite3_bind_text(statement.Handle, index, s),
                long l => raw.sqlite3_bind_int64(statement.Handle, index, l),
                int n => raw.sqlite3_bind_int64(statement.Handle, index, n),
                bool b => raw.sqlite3_bind_int64(statement.Handle, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement.Handle, index, d),
                float f => raw.sqlite3_bind_double(statement.Handle, index, f),
                _ => throw new ArgumentException($"cannot bind a {value.GetType().Name} to @{name}"),
            });
        }
        return statement;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }

    private sealed class StatementRow(sqlite3_stmt handle) : IRow
    {
        public bool IsNull(int column) => raw.sqlite3_column_type(handle, column) == raw.SQLITE_NULL;

        public long GetInt64(int column) => raw.sqlite3_column_int64(handle, column);

        public string GetString(int column) => raw.sqlite3_column_text(handle, column).utf8_to_string();
    }

    private sealed record Statement(sqlite3_stmt Handle, List<string> Names)
    {
        public List<int> Indexes { get; } = [];
    }
}

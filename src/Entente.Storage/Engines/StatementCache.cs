using System.Data.Common;

namespace Entente.Storage.Engines;

/// <summary>Keeps one command per SQL text on the writer's connection, so each statement is compiled once per run
/// instead of once per row (SQLite re-uses a command's prepared statement; Npgsql auto-prepares repeated ones).</summary>
/// <remarks>Not thread-safe: belongs to the single writer. Parameters are kept in the order of their first binding and
/// set by position afterwards: looking each one up by name cost more than the insert itself on wide rows. On SQLite,
/// statements that return at most a number run through <see cref="SqliteStatements"/>; queries that return rows stay
/// ADO.NET commands.</remarks>
internal sealed class StatementCache(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, (DbCommand Command, List<DbParameter> Parameters)> _commands = new(StringComparer.Ordinal);
    private readonly List<(string Sql, (string Name, object? Value)[] Values)> _later = [];
    private readonly SqliteStatements? _sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection c ? new SqliteStatements(c) : null;

    /// <summary>The command for <paramref name="sql"/>, bound to <paramref name="tx"/> and the given parameter values.</summary>
    public DbCommand Bind(string sql, DbTransaction? tx, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!_commands.TryGetValue(sql, out var entry))
        {
            var created = connection.CreateCommand();
            created.CommandText = sql;
            entry = (created, []);
            _commands[sql] = entry;
        }
        var (command, parameters) = entry;
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
        {
            var (name, value) = values[i];
            if (i == parameters.Count)
            {
                var parameter = command.CreateParameter();
                // With its prefix: Microsoft.Data.Sqlite otherwise tries "@", "$" and ":" in turn on every execution.
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
                parameters.Add(parameter);
            }
            else if (!parameters[i].ParameterName.AsSpan(1).SequenceEqual(name))
            {
                throw new InvalidOperationException($"parameter {i} of a cached statement was '{parameters[i].ParameterName}', now '{name}': bind in one order");
            }
            parameters[i].Value = value ?? DBNull.Value;
        }
        return command;
    }

    public long? Scalar(string sql, DbTransaction? tx, params ReadOnlySpan<(string Name, object? Value)> values) =>
        _sqlite is not null ? _sqlite.Scalar(sql, values)
        : Bind(sql, tx, values).ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Runs a query; each row as <paramref name="read"/> makes it.</summary>
    public List<T> Rows<T>(string sql, DbTransaction tx, Func<IRow, T> read, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (_sqlite is not null)
        {
            return _sqlite.Rows(sql, read, values);
        }
        var rows = new List<T>();
        using var reader = Bind(sql, tx, values).ExecuteReader();
        var row = new ReaderRow(reader);
        while (reader.Read())
        {
            rows.Add(read(row));
        }
        return rows;
    }

    public int Execute(string sql, DbTransaction? tx, params ReadOnlySpan<(string Name, object? Value)> values) =>
        _sqlite is not null ? _sqlite.Execute(sql, values) : Bind(sql, tx, values).ExecuteNonQuery();

    /// <summary>Runs a statement whose result nobody reads, now or — where the driver batches (Npgsql) — with the others
    /// at the next <see cref="Flush"/>: one round trip for an article's rows instead of one each.</summary>
    public void Later(string sql, DbTransaction tx, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!connection.CanCreateBatch)
        {
            Execute(sql, tx, values);
            return;
        }
        _later.Add((sql, values.ToArray()));
    }

    /// <summary>Runs the statements kept by <see cref="Later"/>, in order, in one round trip.</summary>
    public void Flush(DbTransaction tx)
    {
        if (_later.Count == 0)
        {
            return;
        }
        using var batch = connection.CreateBatch();
        batch.Transaction = tx;
        foreach (var (sql, values) in _later)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var (name, value) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(command);
        }
        _later.Clear();
        batch.ExecuteNonQuery();
    }

    /// <summary>Forgets the statements kept by <see cref="Later"/> (their savepoint or transaction was rolled back).</summary>
    public void Discard() => _later.Clear();

    public void Dispose()
    {
        _sqlite?.Dispose();
        foreach (var (command, _) in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}

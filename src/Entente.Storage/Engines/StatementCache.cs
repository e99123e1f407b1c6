using System.Data.Common;

namespace Entente.Storage.Engines;

/// <summary>Keeps one command per SQL text on the writer's connection, so each statement is compiled once per run
/// instead of once per row (SQLite re-uses a command's prepared statement; Npgsql auto-prepares repeated ones).</summary>
/// <remarks>Not thread-safe: belongs to the single writer. Parameters are kept in the order of their first binding and
/// set by position afterwards: looking each one up by name cost more than the insert itself on wide rows.</remarks>
internal sealed class StatementCache(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, (DbCommand Command, List<DbParameter> Parameters)> _commands = new(StringComparer.Ordinal);

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
        Bind(sql, tx, values).ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public int Execute(string sql, DbTransaction? tx, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(sql, tx, values).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var (command, _) in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
